// The auto-tagger over a small collection: what matches and what does not (word boundaries,
// aliases, separators, case, folder names), the preview is exactly what a run then does, a run
// is idempotent and adds without removing, and nobody's names apply to anybody else's videos.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as previewRoute } from '@/app/api/auto-tag/preview/route';
import { POST as runsRoute } from '@/app/api/auto-tag/runs/route';
import { GET as runRoute } from '@/app/api/auto-tag/runs/[id]/route';
import { GET as foldersRoute } from '@/app/api/auto-tag/folders/route';
import type { AutoTagPreview, AutoTagRunView } from '@/lib/importers/importers.schemas';
import { prisma } from '@/lib/server/db';
import organiseAutoTag from '@/worker/tasks/organise-auto-tag';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { runTasks } from '../support/run-tasks';
import { linksOf } from './helpers';

type Owner = Awaited<ReturnType<typeof libraryOwner>>;
let owner: Owner;
let other: Owner;
let cookie: string;
let memberCookie: string;
const ids: Record<string, string> = {};

const video = (o: Owner, relPath: string) => createAsset(o, { local: '2024-01-01 00:00:00', type: 'video', relPath });
const preview = async (body: unknown, as = cookie) => previewRoute(request('/api/auto-tag/preview', { method: 'POST', cookie: as, json: body }), params({}));
const previewOf = async (body: unknown) => (await (await preview(body)).json()) as AutoTagPreview;
const compact = (p: AutoTagPreview) =>
  p.changes.map((c) => [c.relPath, c.addPerformers.map((x) => x.name).join('+'), c.studio?.name ?? '', c.addTags.map((x) => x.name).join('+')]);

beforeAll(async () => {
  const user = await createUser();
  owner = await libraryOwner(user.id);
  cookie = (await signIn(user.id)).cookie;
  const stranger = await createUser();
  other = await libraryOwner(stranger.id);
  const member = await createUser();
  memberCookie = (await signIn(member.id)).cookie;
  await prisma().libraryMember.create({ data: { libraryId: owner.libraryId, userId: member.id } });

  const mine = owner.ownerId;
  await prisma().person.createMany({
    data: [
      { ownerId: mine, name: 'Jane Doe' },
      { ownerId: mine, name: 'Ann' },
      { ownerId: mine, name: 'Robert Smith', aliases: ['Bob Smith'] },
    ],
  });
  await prisma().studio.createMany({ data: [{ ownerId: mine, name: 'North Films' }, { ownerId: mine, name: 'South', aliases: ['South Co'] }] });
  await prisma().tag.createMany({ data: [{ ownerId: mine, name: 'Beach' }, { ownerId: mine, name: 'Road Trip' }] });
  // The stranger's names, and the member's: never applied to the owner's videos.
  await prisma().tag.create({ data: { ownerId: other.ownerId, name: 'misc' } });
  await prisma().person.create({ data: { ownerId: member.id, name: 'Clip' } });

  ids.jane = await video(owner, 'Jane Doe/Beach Day/jane.doe-at-the-BEACH.mp4');
  ids.annabel = await video(owner, 'Studios/North Films/Annabel.beaches.mp4');
  ids.bob = await video(owner, 'misc/ann_and_bob_smith road-trip.mkv');
  ids.organised = await video(owner, 'Jane Doe/organised clip.mp4');
  await prisma().asset.update({ where: { id: ids.organised }, data: { organised: true } });
  ids.hasStudio = await video(owner, 'Studios/North Films/south_co/JaneDoe.mp4');
  const south = await prisma().studio.findFirstOrThrow({ where: { ownerId: mine, name: 'South' } });
  await prisma().asset.update({ where: { id: ids.hasStudio }, data: { studioId: south.id } });
  ids.nothing = await video(owner, 'holiday/Jane-Doen Maryjane.mp4');
  ids.photo = await createAsset(owner, { local: '2024-01-01 00:00:00', relPath: 'Jane Doe/photo.jpg' });
  ids.strangers = await video(other, 'Jane Doe/misc/beach.mp4');
  // The user already linked Ann to the Bob video themselves: it stays theirs.
  const ann = await prisma().person.findFirstOrThrow({ where: { ownerId: mine, name: 'Ann' } });
  await prisma().assetPerson.create({ data: { assetId: ids.bob, personId: ann.id } });
});

describe('auto-tag preview', () => {
  it('finds whole names in folder and file names, with aliases, any separators and case; the right-most studio', async () => {
    const p = await previewOf({});
    expect([p.scanned, p.total]).toEqual([5, 4]); // the organised video and the photo are not looked at
    const order = [...p.changes].sort((a, b) => a.relPath.localeCompare(b.relPath));
    expect(compact({ ...p, changes: order })).toEqual([
      ['Jane Doe/Beach Day/jane.doe-at-the-BEACH.mp4', 'Jane Doe', '', 'Beach'],
      ['misc/ann_and_bob_smith road-trip.mkv', 'Robert Smith', '', 'Road Trip'], // Ann is linked already
      // Neither Ann nor Beach in "Annabel.beaches"; the folder gives the studio.
      ['Studios/North Films/Annabel.beaches.mp4', '', 'North Films', ''],
      // South Co is further right than North Films, but this video has a studio: only the performer.
      ['Studios/North Films/south_co/JaneDoe.mp4', 'Jane Doe', '', ''],
    ]);
  });

  it('limits to a library and a folder; a folder needs a library; a stranger’s library is not found', async () => {
    expect(compact(await previewOf({ libraryId: owner.libraryId, folder: '/Jane Doe/' }))).toEqual([['Jane Doe/Beach Day/jane.doe-at-the-BEACH.mp4', 'Jane Doe', '', 'Beach']]);
    expect((await preview({ folder: 'Jane Doe' })).status).toBe(422);
    expect((await preview({ libraryId: other.libraryId })).status).toBe(404);
    expect((await preview({ libraryId: 'not-a-uuid' })).status).toBe(422);
    expect((await preview({ libraryId: owner.libraryId, folder: 'x'.repeat(5000) })).status).toBe(422);
    // A member of the owner's library may read it, but the owner's videos are not theirs to tag.
    const asMember = (await (await preview({ libraryId: owner.libraryId }, memberCookie)).json()) as AutoTagPreview;
    expect([asMember.scanned, asMember.total]).toEqual([0, 0]);
  });

  it('lists the folders holding my videos in a library, parents included', async () => {
    const res = await foldersRoute(request(`/api/auto-tag/folders?libraryId=${owner.libraryId}`, { cookie }), params({}));
    expect(await res.json()).toEqual({
      folders: ['holiday', 'Jane Doe', 'Jane Doe/Beach Day', 'misc', 'Studios', 'Studios/North Films', 'Studios/North Films/south_co'],
    });
  });
});

describe('auto-tag runs', () => {
  it('does what the preview said, reports progress, and a second run changes nothing', async () => {
    const before = await previewOf({});
    const res = await runsRoute(request('/api/auto-tag/runs', { method: 'POST', cookie, json: {} }), params({}));
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    await runTasks({ 'organise:auto-tag': organiseAutoTag });
    const run = (await (await runRoute(request(`/api/auto-tag/runs/${runId}`, { cookie }), params({ id: runId }))).json()) as AutoTagRunView;
    expect([run.status, run.total, run.done, run.changed]).toEqual(['done', 5, 5, before.total]);

    for (const change of before.changes) {
      const links = await linksOf(change.assetId);
      for (const p of change.addPerformers) expect(links.people).toContainEqual({ name: p.name, role: null, source: 'auto' });
      for (const t of change.addTags) expect(links.tags).toContainEqual({ name: t.name, source: 'auto' });
    }
    expect(await linksOf(ids.bob)).toMatchObject({
      people: [
        { name: 'Ann', source: 'user' },
        { name: 'Robert Smith', source: 'auto' },
      ],
    });
    expect((await linksOf(ids.hasStudio)).studio).toBe('South');
    expect(await linksOf(ids.nothing)).toMatchObject({ people: [], tags: [], studio: null });
    expect(await linksOf(ids.organised)).toMatchObject({ people: [], tags: [] });
    expect(await linksOf(ids.strangers)).toMatchObject({ people: [], tags: [] });

    expect((await previewOf({})).total).toBe(0);
    const again = (await (await runsRoute(request('/api/auto-tag/runs', { method: 'POST', cookie, json: {} }), params({}))).json()) as { runId: string };
    await runTasks({ 'organise:auto-tag': organiseAutoTag });
    const second = await prisma().autoTagRun.findUniqueOrThrow({ where: { id: again.runId } });
    expect([second.status, second.changed]).toEqual(['done', 0]);
  });

  it('sets a studio only where there is none, never removes a link, and another user cannot read the run', async () => {
    const annabel = await linksOf(ids.annabel);
    expect(annabel).toMatchObject({ studio: 'North Films', people: [], tags: [] });
    const run = await prisma().autoTagRun.findFirstOrThrow({ where: { userId: owner.ownerId } });
    const res = await runRoute(request(`/api/auto-tag/runs/${run.id}`, { cookie: memberCookie }), params({ id: run.id }));
    expect(res.status).toBe(404);
    expect((await runRoute(request('/api/auto-tag/runs/nope', { cookie }), params({ id: 'nope' }))).status).toBe(404);
  });
});
