// Faces and people with the real face-api weights (real sharp, real Postgres): the faces corpus
// (three photos of Obama, two of Biden, one of both) and Immich's public-domain portrait, plain and
// saved with EXIF orientation 6. Detection puts one box on each face, on the face of the upright
// preview; clustering puts each man's faces into one person and the two apart, and a re-run
// changes nothing; the portrait's two faces (fewer than three) make nobody. Then what a user does
// on /people: name (and a taken name offering a merge), merge, hide, cover face, "not this
// person" (clustering does not put the face back), the face thumbnail — and another user gets 404s.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as performersRoute } from '@/app/api/performers/route';
import { POST as rejectRoute } from '@/app/api/faces/[id]/reject/route';
import { GET as thumbRoute } from '@/app/api/faces/[id]/thumb/route';
import { POST as mergeRoute } from '@/app/api/people/[id]/merge/route';
import { GET as personRoute, PATCH as patchPersonRoute } from '@/app/api/people/[id]/route';
import { GET as peopleRoute } from '@/app/api/people/route';
import { clusterOwnerFaces } from '@/lib/faces/cluster-faces';
import type { PersonCard, PersonPage } from '@/lib/faces/faces.schemas';
import { listAssetFaces } from '@/lib/faces/list-asset-faces';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

const OBAMA = ['faces/obama.jpg', 'faces/obama2.jpg', 'faces/obama3.jpg'];
const BIDEN = ['faces/biden.jpg', 'faces/biden2.jpg'];
const BOTH = 'faces/obama_and_biden.jpg';
const PORTRAIT = 'immich-test-assets/faces/portrait.jpg';
const PORTRAIT_6 = 'immich-test-assets/faces/portrait-orientation-6.jpg';

let owner: { id: string; role: 'user'; cookie: string };
let stranger: { id: string; role: 'user'; cookie: string };
const assetOf: Record<string, string> = {};

async function user() {
  const u = await createUser();
  return { id: u.id, role: 'user' as const, cookie: (await signIn(u.id)).cookie };
}
const facesOf = (rel: string) => prisma().face.findMany({ where: { assetId: assetOf[rel] }, orderBy: { boxX: 'asc' } });
const personOf = async (rel: string, index = 0) => (await facesOf(rel))[index].personId;
const people = async (cookie: string, hidden = false): Promise<PersonCard[]> => {
  const res = await peopleRoute(request(`/api/people?hidden=${hidden}`, { cookie }), params({}));
  expect(res.status).toBe(200);
  return (await res.json()).people;
};
const patch = (id: string, cookie: string, json: unknown) => patchPersonRoute(request(`/api/people/${id}`, { method: 'PATCH', cookie, json }), params({ id }));
const assignments = async () => (await prisma().face.findMany({ where: { asset: { ownerId: owner.id } }, orderBy: { id: 'asc' } })).map((f) => `${f.id}:${f.personId}`);

beforeAll(async () => {
  const root = await copyCorpus('faces', 'immich-test-assets/faces');
  [owner, stranger] = [await user(), await user()];
  const library = await createLibraryRow(owner.id, root);
  await scanLibrary(library.id);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'], 'ml:analyze': taskList['ml:analyze'] });
  for (const a of await prisma().asset.findMany({ where: { libraryId: library.id } })) assetOf[a.relPath.split(path.sep).join('/')] = a.id;
}, 600_000);

describe('face detection', () => {
  it('finds one face per portrait and both faces on the photo of two, all clusterable', async () => {
    for (const rel of [...OBAMA, ...BIDEN, PORTRAIT, PORTRAIT_6]) expect(await facesOf(rel), rel).toHaveLength(1);
    const two = await facesOf(BOTH);
    expect(two).toHaveLength(2);
    // Side by side, at the same height, neither overlapping the other.
    expect(two[0].boxX + two[0].boxW).toBeLessThan(two[1].boxX);
    expect(Math.abs(two[0].boxY - two[1].boxY)).toBeLessThan(0.1);
    const all = await prisma().face.findMany({ where: { asset: { ownerId: owner.id } } });
    expect(all.every((f) => f.clusterable && f.descriptor.length === 128 * 4 && Array.isArray(f.landmarks) && (f.landmarks as unknown[]).length === 68)).toBe(true);
    const analyses = await prisma().analysis.findMany({ where: { assetId: { in: Object.values(assetOf) } } });
    expect(analyses.every((a) => a.facesModel?.startsWith('face-api'))).toBe(true);
  });

  it('puts the box on the face of the upright picture, for a photo saved rotated (EXIF orientation 6) too', async () => {
    const [plain] = await facesOf(PORTRAIT);
    const [rotated] = await facesOf(PORTRAIT_6);
    // The portrait's face is in the upper middle of the upright picture.
    expect(plain.boxY + plain.boxH / 2).toBeLessThan(0.5);
    expect(plain.boxX + plain.boxW / 2).toBeGreaterThan(0.25);
    expect(plain.boxX + plain.boxW / 2).toBeLessThan(0.6);
    for (const k of ['boxX', 'boxY', 'boxW', 'boxH'] as const) expect(Math.abs(rotated[k] - plain[k]), k).toBeLessThan(0.02);
    for (const rel of Object.keys(assetOf)) for (const f of await facesOf(rel)) {
      expect(f.boxX).toBeGreaterThanOrEqual(0);
      expect(f.boxY + f.boxH).toBeLessThanOrEqual(1);
    }
  });

  it('asks for a clustering pass of the owner after finding faces', async () => {
    const jobs = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`faces:cluster:${owner.id}`}`;
    expect(jobs[0].n).toBe(1);
  });
});

describe('clustering', () => {
  it("puts each man's faces into one person, the two apart, and makes nobody of two faces", async () => {
    const outcome = await clusterOwnerFaces(owner.id);
    expect(outcome.newPeople).toBe(2);
    const obama = await personOf(OBAMA[0]);
    const biden = await personOf(BIDEN[0]);
    expect(obama).not.toBeNull();
    expect(biden).not.toBeNull();
    expect(obama).not.toBe(biden);
    for (const rel of OBAMA) expect(await personOf(rel), rel).toBe(obama);
    for (const rel of BIDEN) expect(await personOf(rel), rel).toBe(biden);
    // In the photo of both, Biden stands on the left, Obama on the right.
    expect([await personOf(BOTH, 0), await personOf(BOTH, 1)].sort()).toEqual([obama, biden].sort());
    expect(await personOf(PORTRAIT)).toBeNull();
    expect(await personOf(PORTRAIT_6)).toBeNull();
    const unlooked = await prisma().face.count({ where: { asset: { ownerId: owner.id }, clusteredAt: null } });
    expect(unlooked).toBe(0);
  });

  it('changes nothing when run again, even over every face afresh', async () => {
    const before = await assignments();
    const peopleBefore = await prisma().person.count({ where: { ownerId: owner.id } });
    expect(await clusterOwnerFaces(owner.id)).toEqual({ looked: 0, joined: 0, newPeople: 0 });
    await prisma().face.updateMany({ where: { asset: { ownerId: owner.id } }, data: { clusteredAt: null } });
    const again = await clusterOwnerFaces(owner.id);
    expect(again.joined + again.newPeople).toBe(0);
    expect(await assignments()).toEqual(before);
    expect(await prisma().person.count({ where: { ownerId: owner.id } })).toBe(peopleBefore);
  });

  it('keeps the faces (ids and people) when the analysis runs again, and clustering then changes nothing', async () => {
    const before = await assignments();
    await prisma().analysis.deleteMany({ where: { assetId: { in: Object.values(assetOf) } } });
    const { enqueue } = await import('@/lib/jobs/enqueue');
    for (const id of Object.values(assetOf)) await enqueue(prisma(), 'ml:analyze', { assetId: id });
    await runTasks({ 'ml:analyze': taskList['ml:analyze'] });
    expect(await assignments()).toEqual(before);
    await prisma().face.updateMany({ where: { asset: { ownerId: owner.id } }, data: { clusteredAt: null } });
    await clusterOwnerFaces(owner.id);
    // The same faces, found again where they were, keep their ids and their people.
    expect(await assignments()).toEqual(before);
  }, 300_000);
});

describe('/people', () => {
  let obama: string;
  let biden: string;
  beforeAll(async () => {
    obama = (await personOf(OBAMA[0]))!;
    biden = (await personOf(BIDEN[0]))!;
  });

  it('lists unnamed people with face counts and a cover face, and keeps them out of the performers', async () => {
    const list = await people(owner.cookie);
    expect(list.map((p) => [p.id, p.name, p.faceCount]).sort()).toEqual([[obama, null, 4], [biden, null, 3]].sort());
    expect(list.every((p) => p.coverFaceId)).toBe(true);
    const performers = await (await performersRoute(request('/api/performers', { cookie: owner.cookie }), params({}))).json();
    expect(performers.total).toBe(0);
    expect(await people(stranger.cookie)).toEqual([]);
  });

  it('serves a face thumbnail to the owner only', async () => {
    const [face] = await facesOf(OBAMA[0]);
    const res = await thumbRoute(request(`/api/faces/${face.id}/thumb`, { cookie: owner.cookie }), params({ id: face.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    const sharp = (await import('sharp')).default;
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({ width: 160, height: 160 });
    expect((await thumbRoute(request(`/api/faces/${face.id}/thumb`, { cookie: stranger.cookie }), params({ id: face.id }))).status).toBe(404);
  });

  it('names a person, who then is a performer too; a taken name answers 409 naming its holder', async () => {
    const res = await patch(obama, owner.cookie, { name: 'Barack Obama' });
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe('Barack Obama');
    const performers = await (await performersRoute(request('/api/performers', { cookie: owner.cookie }), params({}))).json();
    expect(performers.items.map((p: { name: string }) => p.name)).toEqual(['Barack Obama']);
    const taken = await patch(biden, owner.cookie, { name: 'barack obama' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.details.existing.id).toBe(obama);
    expect((await patch(obama, stranger.cookie, { name: 'Mine' })).status).toBe(404);
  });

  it('shows a person page: their photos newest first, their faces; 404 for another user', async () => {
    const res = await personRoute(request(`/api/people/${obama}`, { cookie: owner.cookie }), params({ id: obama }));
    const page: PersonPage = await res.json();
    expect(page.person.name).toBe('Barack Obama');
    expect(page.photos.map((p) => p.id).sort()).toEqual([...OBAMA, BOTH].map((r) => assetOf[r]).sort());
    expect(page.faces).toHaveLength(4);
    expect((await personRoute(request(`/api/people/${obama}`, { cookie: stranger.cookie }), params({ id: obama }))).status).toBe(404);
  });

  it('lists the faces on a photo with their names (boxes only for a reader who is not the owner)', async () => {
    const faces = await listAssetFaces(owner, assetOf[BOTH]);
    expect(faces.map((f) => f.personName).sort()).toEqual(['Barack Obama', null]);
    await expect(listAssetFaces(stranger, assetOf[BOTH])).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sets a cover face of their own only, and hides and shows a person', async () => {
    const [face] = await facesOf(OBAMA[1]);
    expect((await (await patch(obama, owner.cookie, { coverFaceId: face.id })).json()).coverFaceId).toBe(face.id);
    const [other] = await facesOf(BIDEN[0]);
    expect((await patch(obama, owner.cookie, { coverFaceId: other.id })).status).toBe(422);
    await patch(biden, owner.cookie, { hidden: true });
    expect((await people(owner.cookie)).map((p) => p.id)).toEqual([obama]);
    expect((await people(owner.cookie, true)).map((p) => p.id)).toEqual([biden]);
    await patch(biden, owner.cookie, { hidden: false });
    expect((await people(owner.cookie)).map((p) => p.id).sort()).toEqual([obama, biden].sort());
  });

  it('"Not this person" takes the face away for good: clustering does not put it back', async () => {
    const [face] = await facesOf(OBAMA[2]);
    expect((await rejectRoute(request(`/api/faces/${face.id}/reject`, { method: 'POST', cookie: stranger.cookie }), params({ id: face.id }))).status).toBe(404);
    const res = await rejectRoute(request(`/api/faces/${face.id}/reject`, { method: 'POST', cookie: owner.cookie }), params({ id: face.id }));
    expect(res.status).toBe(200);
    expect(await personOf(OBAMA[2])).toBeNull();
    await prisma().face.updateMany({ where: { asset: { ownerId: owner.id } }, data: { clusteredAt: null } });
    await clusterOwnerFaces(owner.id);
    expect(await personOf(OBAMA[2])).toBeNull();
    expect((await people(owner.cookie)).find((p) => p.id === obama)?.faceCount).toBe(3);
  });

  it('merges people: faces move, the merged one goes, a stranger cannot', async () => {
    expect((await mergeRoute(request(`/api/people/${obama}/merge`, { method: 'POST', cookie: stranger.cookie, json: { sourceIds: [biden] } }), params({ id: obama }))).status).toBe(404);
    const res = await mergeRoute(request(`/api/people/${biden}/merge`, { method: 'POST', cookie: owner.cookie, json: { sourceIds: [obama] } }), params({ id: biden }));
    expect(res.status).toBe(200);
    // Merged into the unnamed one, the named person survives, with every face.
    const merged: PersonCard = await res.json();
    expect(merged).toMatchObject({ id: obama, name: 'Barack Obama', faceCount: 6 });
    expect(await prisma().person.findUnique({ where: { id: biden } })).toBeNull();
    for (const rel of BIDEN) expect(await personOf(rel)).toBe(obama);
  });
});
