// A library shared with a household member: what the member sees (timeline, favourites,
// archive, viewer neighbours, like counts) and what sharing and unsharing do at once. Real
// PostgreSQL, the real route handlers.
import { describe, expect, it } from 'vitest';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { PATCH as interactionsRoute, GET as interactionsGet } from '@/app/api/assets/[id]/interactions/route';
import { GET as neighboursRoute } from '@/app/api/assets/[id]/neighbours/route';
import { DELETE as unshareRoute } from '@/app/api/libraries/[id]/members/[userId]/route';
import { GET as membersRoute, POST as shareRoute } from '@/app/api/libraries/[id]/members/route';
import { GET as myLibrariesRoute } from '@/app/api/me/libraries/route';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { getBucket, getBuckets, refreshTimelineCounts } from '../timeline/helpers';

async function household() {
  const owner = await createUser();
  const member = await createUser();
  const ownerCookie = (await signIn(owner.id)).cookie;
  const memberCookie = (await signIn(member.id)).cookie;
  const family = await libraryOwner(owner.id);
  const privateLib = await libraryOwner(owner.id);
  const memberLib = await libraryOwner(member.id);
  const ids = {
    beach: await createAsset(family, { local: '2024-07-14 10:00:00' }),
    clip: await createAsset(family, { local: '2024-07-14 11:00:00', type: 'video', durationMs: 60_000 }),
    diary: await createAsset(privateLib, { local: '2024-07-14 12:00:00' }),
    mine: await createAsset(memberLib, { local: '2024-07-15 09:00:00' }),
  };
  const share = (userId: string, cookie = ownerCookie) =>
    shareRoute(request(`/api/libraries/${family.libraryId}/members`, { method: 'POST', cookie, json: { userId } }), params({ id: family.libraryId }));
  const unshare = (userId: string) =>
    unshareRoute(request(`/api/libraries/${family.libraryId}/members/${userId}`, { method: 'DELETE', cookie: ownerCookie }), params({ id: family.libraryId, userId }));
  return { owner, member, ownerCookie, memberCookie, family, ids, share, unshare };
}

const idsOf = async (cookie: string, month: string, query = '') => (await getBucket(cookie, month, query)).id;
const countOf = async (cookie: string, month: string) => (await getBuckets(cookie)).find((b) => b.month === month)?.count ?? 0;

describe('sharing a library with a household member', () => {
  it("puts the shared library's photos and videos on the member's timeline, and only that library", async () => {
    const h = await household();
    await refreshTimelineCounts();
    expect(await idsOf(h.memberCookie, '2024-07')).toEqual([h.ids.mine]);

    const res = await h.share(h.member.id);
    expect(res.status).toBe(200);
    expect((await res.json()).members).toEqual([{ id: h.member.id, name: h.member.name }]);
    // No refresh needed: the counts are per library, and the member now reads this one's.
    expect(await countOf(h.memberCookie, '2024-07')).toBe(3);
    expect(new Set(await idsOf(h.memberCookie, '2024-07'))).toEqual(new Set([h.ids.mine, h.ids.beach, h.ids.clip]));
    expect(await idsOf(h.memberCookie, '2024-07', '&type=video')).toEqual([h.ids.clip]);
    // The owner's timeline is unchanged, and never shows the member's own library.
    expect(await countOf(h.ownerCookie, '2024-07')).toBe(3);
    expect(new Set(await idsOf(h.ownerCookie, '2024-07'))).toEqual(new Set([h.ids.beach, h.ids.clip, h.ids.diary]));
    // The viewer walks the member's timeline, newest first: from the beach photo (10:00) the
    // newer neighbour is the clip (11:00), and nothing of the owner's private library.
    const n = await neighboursRoute(request(`/api/assets/${h.ids.beach}/neighbours`, { cookie: h.memberCookie }), params({ id: h.ids.beach }));
    expect(await n.json()).toEqual({ previous: h.ids.clip, next: null });
  });

  it("keeps favourites and archive per person: the member's archive hides a photo from the member only", async () => {
    const h = await household();
    await h.share(h.member.id);
    await refreshTimelineCounts();
    const bulk = (cookie: string, action: string, ids: string[]) =>
      bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids, action } }), params({}));
    expect((await bulk(h.memberCookie, 'archive', [h.ids.beach])).status).toBe(200);
    expect((await bulk(h.memberCookie, 'favourite', [h.ids.clip])).status).toBe(200);
    expect(await countOf(h.memberCookie, '2024-07')).toBe(2);
    expect(await idsOf(h.memberCookie, '2024-07')).not.toContain(h.ids.beach);
    expect(await idsOf(h.memberCookie, '2024-07', '&view=archive')).toEqual([h.ids.beach]);
    expect(await idsOf(h.memberCookie, '2024-07', '&view=favourites')).toEqual([h.ids.clip]);
    // The owner sees none of it.
    expect(await countOf(h.ownerCookie, '2024-07')).toBe(3);
    expect((await getBuckets(h.ownerCookie, '?view=favourites')).length).toBe(0);
    // The member cannot trash the owner's photo; the owner's trash is not the member's.
    expect((await bulk(h.memberCookie, 'trash', [h.ids.clip])).status).toBe(404);
    expect((await bulk(h.ownerCookie, 'trash', [h.ids.clip])).status).toBe(200);
    expect((await getBuckets(h.memberCookie, '?view=trash')).length).toBe(0);
    expect(await idsOf(h.memberCookie, '2024-07', '&view=favourites')).toEqual([]);
  });

  it('counts likes of everyone who can see the video, and takes everything away at once when unshared', async () => {
    const h = await household();
    await h.share(h.member.id);
    await refreshTimelineCounts();
    const like = (cookie: string) =>
      interactionsRoute(request(`/api/assets/${h.ids.clip}/interactions`, { method: 'PATCH', cookie, json: { liked: true } }), params({ id: h.ids.clip }));
    expect((await like(h.ownerCookie)).status).toBe(200);
    expect((await like(h.memberCookie)).status).toBe(200);
    const likes = async (cookie: string) =>
      (await (await interactionsGet(request(`/api/assets/${h.ids.clip}/interactions`, { cookie }), params({ id: h.ids.clip }))).json()).likeCount;
    expect(await likes(h.ownerCookie)).toBe(2);

    expect((await h.unshare(h.member.id)).status).toBe(204);
    expect(await likes(h.ownerCookie)).toBe(1);
    const details = await detailsRoute(request(`/api/assets/${h.ids.clip}`, { cookie: h.memberCookie }), params({ id: h.ids.clip }));
    expect(details.status).toBe(404);
    expect(await idsOf(h.memberCookie, '2024-07')).toEqual([h.ids.mine]);
    expect(await countOf(h.memberCookie, '2024-07')).toBe(1);
    expect((await h.unshare(h.member.id)).status).toBe(404);
  });

  it('lists what is shared both ways, and refuses to share with the owner, a disabled account or someone unknown', async () => {
    const h = await household();
    const disabled = await createUser();
    await prisma().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await h.share(h.member.id);
    expect((await h.share(h.member.id)).status).toBe(200); // twice is once
    for (const userId of [h.owner.id, disabled.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await h.share(userId);
      expect(res.status, userId).toBe(422);
      expect((await res.json()).error.code).toBe('validation_failed');
    }
    const bad = await h.share('not-an-id');
    expect(bad.status).toBe(422);
    // The member cannot share the owner's library onward.
    expect((await h.share(h.owner.id, h.memberCookie)).status).toBe(404);

    const members = await membersRoute(request(`/api/libraries/${h.family.libraryId}/members`, { cookie: h.ownerCookie }), params({ id: h.family.libraryId }));
    expect((await members.json()).members.map((m: { id: string }) => m.id)).toEqual([h.member.id]);
    const mine = await (await myLibrariesRoute(request('/api/me/libraries', { cookie: h.memberCookie }), params({}))).json();
    expect(mine.shared).toEqual([{ id: h.family.libraryId, name: expect.any(String), owner: { id: h.owner.id, name: h.owner.name } }]);
    expect(mine.own.map((l: { members: unknown[] }) => l.members)).toEqual([[]]);
    expect(mine.people.map((p: { id: string }) => p.id)).toContain(h.owner.id);
    expect(mine.people.map((p: { id: string }) => p.id)).not.toContain(disabled.id);
  });
});
