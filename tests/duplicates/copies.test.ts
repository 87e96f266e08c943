// Copies of one file (same checksum) across libraries: the trigger keeps copy_of on the first
// non-trashed copy through every change; the catalogue shows one entry per file to whoever can
// read the first copy; the copies route lists every readable location; interactions given on a
// copy land on the first copy; the video page's redirect target.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET as copiesRoute } from '@/app/api/assets/[id]/copies/route';
import { GET as getInteractions, PATCH as patchInteractions } from '@/app/api/assets/[id]/interactions/route';
import { POST as addCommentRoute } from '@/app/api/assets/[id]/comments/route';
import { POST as addMarkerRoute } from '@/app/api/assets/[id]/markers/route';
import { POST as playRoute } from '@/app/api/assets/[id]/plays/[playId]/route';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { prisma } from '@/lib/server/db';
import { libraryOwner } from '../support/asset-factory';
import { params, request } from '../support/factories';
import { addVideo, household, videoPage } from '../catalogue/helpers';
import { addFile, copiesOf, files } from './helpers';

const ids = (page: { items: { id: string }[] }) => page.items.map((v) => v.id);
const bulk = (cookie: string, id: string, action: string) =>
  bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [id], action } }), params({}));

describe('copy_of, kept by the trigger', () => {
  it('points every later copy at the first one added, through insert, trash, restore, checksum change and delete', async () => {
    const h = await household();
    const [A, B] = files(2);
    const first = await addFile(h.family, A);
    const second = await addFile(h.privateLib, A);
    const third = await addFile(h.memberLib, A);
    const other = await addFile(h.family, B);
    expect(await copiesOf([first, second, third, other])).toEqual([null, first, first, null]);

    // Trashing the first copy promotes the next; the trashed one points at it too.
    expect((await bulk(h.owner.cookie, first, 'trash')).status).toBe(200);
    expect(await copiesOf([first, second, third])).toEqual([second, null, second]);
    expect((await bulk(h.owner.cookie, first, 'restore')).status).toBe(200);
    expect(await copiesOf([first, second, third])).toEqual([null, first, first]);

    // The file changed on disk (a new checksum): it leaves A's group and joins B's, where it
    // was added before `other`, so it becomes B's first copy.
    await prisma().asset.update({ where: { id: second }, data: { checksum: new Uint8Array(Buffer.from(B.padEnd(20, '.'))) } });
    expect(await copiesOf([first, second, third, other])).toEqual([null, null, first, second]);
    await prisma().asset.update({ where: { id: second }, data: { checksum: null } });
    expect(await copiesOf([second, other])).toEqual([null, null]);

    // Deleting the first copy (its library removed) promotes the next.
    await prisma().asset.delete({ where: { id: first } });
    expect(await copiesOf([third])).toEqual([null]);
    const fourth = await addFile(h.family, A);
    expect(await copiesOf([third, fourth])).toEqual([null, third]);
    await prisma().library.delete({ where: { id: h.memberLib.libraryId } });
    expect(await copiesOf([fourth])).toEqual([null]);
  });

  it('ignores photos with the same bytes and a photo turned video keeps the rule', async () => {
    const h = await household();
    const [P] = files(1);
    const video = await addFile(h.family, P);
    const photo = await addFile(h.family, P, { type: 'photo' });
    expect(await copiesOf([video, photo])).toEqual([null, null]);
  });
});

describe('one catalogue entry per file', () => {
  it('shows two copies in two libraries once, to the owner and to a member who reads both', async () => {
    const h = await household();
    const [A] = files(1);
    const shared = await addFile(h.family, A); // first copy, shared with the member
    const mineToo = await addFile(h.memberLib, A); // the member's own copy of the same file
    const privateCopy = await addFile(h.privateLib, A); // the owner's second copy
    const alone = await addVideo(h.family);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([alone, shared]);
    expect((await videoPage(h.owner.cookie)).total).toBe(2);
    expect(ids(await videoPage(h.member.cookie))).toEqual([alone, shared]);
    expect(ids(await videoPage(h.stranger.cookie))).toEqual([]);
    expect(privateCopy).not.toBe(mineToo);
  });

  it('shows a later copy to a user who cannot read the first one, and the next copy once the first is trashed or offline', async () => {
    const h = await household();
    const [A] = files(1);
    const ownersFirst = await addFile(h.privateLib, A); // the member cannot read this one
    const membersCopy = await addFile(h.memberLib, A);
    expect(ids(await videoPage(h.member.cookie))).toEqual([membersCopy]);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([ownersFirst]);

    // The owner's second copy, shared with the member: the owner still sees one entry. The
    // member, who cannot read the first copy, sees both later ones (copy_of names one first
    // copy for everyone: the documented blind spot).
    const sharedCopy = await addFile(h.family, A);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([ownersFirst]);
    expect(ids(await videoPage(h.member.cookie))).toEqual([sharedCopy, membersCopy]);

    // Trashing the first copy promotes the next (the member's): one entry each again.
    expect((await bulk(h.owner.cookie, ownersFirst, 'trash')).status).toBe(200);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([sharedCopy]);
    expect(ids(await videoPage(h.member.cookie))).toEqual([membersCopy]);

    // An offline first copy lets the next one show.
    await prisma().asset.update({ where: { id: membersCopy }, data: { status: 'offline' } });
    expect(ids(await videoPage(h.member.cookie))).toEqual([sharedCopy]);
  });
});

describe('GET /api/assets/:id/copies', () => {
  const copies = (cookie: string, id: string) => copiesRoute(request(`/api/assets/${id}/copies`, { cookie }), params({ id }));

  it('lists every location the user can read, first copy first, with library, path and size', async () => {
    const h = await household();
    const [A] = files(1);
    const shared = await addFile(h.family, A, { relPath: 'films/a.mp4' });
    const secret = await addFile(h.privateLib, A, { relPath: 'backup/a.mp4' });
    const mine = await addFile(h.memberLib, A, { relPath: 'mine/a.mp4' });
    const names = await prisma().library.findMany({ select: { id: true, name: true } });
    const nameOf = (id: string) => names.find((l) => l.id === id)!.name;

    const res = await copies(h.member.cookie, mine);
    expect(res.status).toBe(200);
    expect((await res.json()).copies).toEqual([
      { id: shared, libraryId: h.family.libraryId, libraryName: nameOf(h.family.libraryId), relPath: 'films/a.mp4', size: 1000, status: 'online', isFirst: true, current: false },
      { id: mine, libraryId: h.memberLib.libraryId, libraryName: nameOf(h.memberLib.libraryId), relPath: 'mine/a.mp4', size: 1000, status: 'online', isFirst: false, current: true },
    ]);
    expect((await (await copies(h.owner.cookie, shared)).json()).phash).toBeNull(); // not hashed yet
    const owners = (await (await copies(h.owner.cookie, shared)).json()).copies.map((c: { id: string }) => c.id);
    expect(owners).toEqual([shared, secret]);
    expect((await copies(h.stranger.cookie, shared)).status).toBe(404);
    expect((await copies(h.member.cookie, secret)).status).toBe(404);
    expect((await copies(h.member.cookie, randomUUID())).status).toBe(404);
    expect((await copies(h.member.cookie, 'not-a-uuid')).status).toBe(404);
  });

  it('answers the video alone when it has no copies', async () => {
    const h = await household();
    const [S] = files(1);
    const solo = await addFile(h.family, S);
    expect((await (await copies(h.owner.cookie, solo)).json()).copies.map((c: { id: string }) => c.id)).toEqual([solo]);
  });
});

describe('interactions attach once', () => {
  const patch = (cookie: string, id: string, json: unknown) => patchInteractions(request(`/api/assets/${id}/interactions`, { method: 'PATCH', cookie, json }), params({ id }));
  const read = async (cookie: string, id: string) => (await getInteractions(request(`/api/assets/${id}/interactions`, { cookie }), params({ id }))).json();

  it('a like, a rating, a marker, a comment and a play given on a copy land on the first copy the user can read', async () => {
    const h = await household();
    const [A] = files(1);
    const shared = await addFile(h.family, A);
    const mine = await addFile(h.memberLib, A);
    expect((await patch(h.member.cookie, mine, { liked: true, rating: 4 })).status).toBe(200);
    const marker = await addMarkerRoute(request(`/api/assets/${mine}/markers`, { method: 'POST', cookie: h.member.cookie, json: { seconds: 3, title: 'here' } }), params({ id: mine }));
    expect(marker.status).toBe(201);
    const states = await prisma().assetUserState.findMany({ where: { userId: h.member.id }, select: { assetId: true, likedAt: true, rating: true } });
    expect(states.map((s) => [s.assetId, s.likedAt !== null, s.rating])).toEqual([[shared, true, 8]]);
    expect((await prisma().marker.findMany({ where: { userId: h.member.id } })).map((m) => m.assetId)).toEqual([shared]);
    const comment = await addCommentRoute(request(`/api/assets/${mine}/comments`, { method: 'POST', cookie: h.member.cookie, json: { body: 'same film' } }), params({ id: mine }));
    expect(comment.status).toBe(201);
    expect((await prisma().comment.findMany({ where: { userId: h.member.id } })).map((c) => c.assetId)).toEqual([shared]);
    const playId = randomUUID();
    const play = await playRoute(request(`/api/assets/${mine}/plays/${playId}`, { method: 'POST', cookie: h.member.cookie, json: { watchedSeconds: 30, position: 30 } }), params({ id: mine, playId }));
    expect(play.status).toBe(200);
    expect((await prisma().assetUserState.findMany({ where: { userId: h.member.id }, select: { assetId: true, viewSeconds: true } }))).toEqual([{ assetId: shared, viewSeconds: 30 }]);
    expect(await read(h.member.cookie, shared)).toMatchObject({ liked: true, rating: 4, markers: [{ title: 'here' }] });
  });

  it('stays on the copy for a user who cannot read the first one', async () => {
    const h = await household();
    const [A] = files(1);
    await addFile(h.privateLib, A);
    const mine = await addFile(h.memberLib, A);
    expect((await patch(h.member.cookie, mine, { liked: true })).status).toBe(200);
    const states = await prisma().assetUserState.findMany({ where: { userId: h.member.id }, select: { assetId: true } });
    expect(states.map((s) => s.assetId)).toEqual([mine]);
    const owner = await libraryOwner(h.stranger.id);
    const strangers = await addFile(owner, A);
    expect((await patch(h.member.cookie, strangers, { liked: true })).status).toBe(404);
  });
});
