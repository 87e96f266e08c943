// Sharing an album with household users: invite as viewer or contributor, change the role,
// remove, leave; a removed member loses the album and its items at once; parallel invitations
// make one membership. Real PostgreSQL, the real route handlers.
import { describe, expect, it } from 'vitest';
import { DELETE as removeRoute, PATCH as roleRoute } from '@/app/api/albums/[id]/members/[userId]/route';
import { GET as membersRoute, POST as inviteRoute } from '@/app/api/albums/[id]/members/route';
import { GET as householdRoute } from '@/app/api/users/household/route';
import { GET as assetRoute } from '@/app/api/assets/[id]/route';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { call, namedUser, sharedAlbum } from './album-fixture';

describe('album members', () => {
  it('lets the owner invite a household user as viewer or contributor, change the role and remove them', async () => {
    const h = await sharedAlbum();
    const anna = await namedUser('Anna');
    const url = `/api/albums/${h.album.id}/members`;
    const invite = (json: unknown, cookie = h.owner.cookie) => call(inviteRoute, url, { id: h.album.id }, { method: 'POST', cookie, json });

    const res = await invite({ userId: anna.id, role: 'contributor' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.myRole).toBe('owner');
    expect(body.album).toEqual({ id: h.album.id, title: 'Summer', owner: { id: h.owner.id, name: 'Olga' } });
    expect(body.members.find((m: { id: string }) => m.id === anna.id)).toMatchObject({ name: 'Anna', role: 'contributor' });
    // No e-mail addresses anywhere in what members see.
    expect(JSON.stringify(body)).not.toContain('@');
    // The role defaults to viewer; inviting again leaves the role as it is.
    const bob = await namedUser('Bob');
    await invite({ userId: bob.id });
    await invite({ userId: bob.id, role: 'contributor' });
    expect(await prisma().albumMember.findUnique({ where: { albumId_userId: { albumId: h.album.id, userId: bob.id } } })).toMatchObject({ role: 'viewer' });

    const role = (userId: string, json: unknown, cookie = h.owner.cookie) =>
      call(roleRoute, `${url}/${userId}`, { id: h.album.id, userId }, { method: 'PATCH', cookie, json });
    const changed = await role(bob.id, { role: 'contributor' });
    expect(changed.status).toBe(200);
    expect((await changed.json()).members.find((m: { id: string }) => m.id === bob.id).role).toBe('contributor');
    expect(await requireAccess(bob, 'album.contribute', [h.album.id])).toBeTruthy();
    expect((await role(bob.id, { role: 'owner' })).status).toBe(422);
    expect((await role(h.stranger.id, { role: 'viewer' })).status).toBe(404); // not a member
    expect((await role(bob.id, { role: 'viewer' }, h.contributor.cookie)).status).toBe(404); // not the owner

    const remove = (userId: string, cookie = h.owner.cookie) => call(removeRoute, `${url}/${userId}`, { id: h.album.id, userId }, { method: 'DELETE', cookie });
    expect((await remove(bob.id)).status).toBe(204);
    expect((await remove(bob.id)).status).toBe(404);
    const after = await (await call(membersRoute, url, { id: h.album.id }, { cookie: h.viewer.cookie })).json();
    expect(after.myRole).toBe('viewer');
    // In the order they were invited (the fixture's three at once, then Anna).
    const names = after.members.map((m: { name: string }) => m.name);
    expect(names.slice(0, 3).sort()).toEqual(['Carl', 'Remy', 'Vera']);
    expect(names.slice(3)).toEqual(['Anna']);
  });

  it('refuses to invite the owner, a disabled account, an unknown id or a malformed one, and strangers cannot invite', async () => {
    const h = await sharedAlbum();
    const disabled = await namedUser('Dora');
    await prisma().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const invite = (json: unknown, cookie = h.owner.cookie) =>
      call(inviteRoute, `/api/albums/${h.album.id}/members`, { id: h.album.id }, { method: 'POST', cookie, json });
    for (const userId of [h.owner.id, disabled.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await invite({ userId });
      expect(res.status, userId).toBe(422);
      expect((await res.json()).error.details.fieldErrors.userId).toHaveLength(1);
    }
    expect((await invite({ userId: 'nope' })).status).toBe(422);
    expect((await invite({ userId: h.stranger.id, role: 'admin' })).status).toBe(422);
    expect((await invite({ userId: h.stranger.id, extra: 1 })).status).toBe(422);
    // Members cannot share the album onward; strangers do not see it at all.
    for (const who of [h.contributor, h.viewer, h.stranger]) {
      const res = await invite({ userId: h.stranger.id }, who.cookie);
      expect(res.status, who.name).toBe(404);
    }
    expect(await prisma().albumMember.count({ where: { albumId: h.album.id } })).toBe(3);
  });

  it('makes one membership of 30 parallel invitations of the same person', async () => {
    const h = await sharedAlbum();
    const anna = await namedUser('Anna');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call(inviteRoute, `/api/albums/${h.album.id}/members`, { id: h.album.id }, { method: 'POST', cookie: h.owner.cookie, json: { userId: anna.id, role: i % 2 ? 'viewer' : 'contributor' } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(await prisma().albumMember.count({ where: { albumId: h.album.id, userId: anna.id } })).toBe(1);
  });

  it('takes the album and its items away from a removed member at once, and lets a member leave', async () => {
    const h = await sharedAlbum();
    const [item] = h.items;
    expect(await requireAccess(h.removed, 'album.read', [h.album.id])).toBeTruthy();
    expect(await requireAccess(h.removed, 'asset.read', [item])).toBeTruthy();
    expect((await call(assetRoute, `/api/assets/${item}`, { id: item }, { cookie: h.removed.cookie })).status).toBe(200);
    // An album member sees only the album's items, not the rest of the owner's library.
    await expect(requireAccess(h.removed, 'asset.read', [h.outside])).rejects.toMatchObject({ status: 404 });

    const res = await call(removeRoute, `/api/albums/${h.album.id}/members/${h.removed.id}`, { id: h.album.id, userId: h.removed.id }, { method: 'DELETE', cookie: h.owner.cookie });
    expect(res.status).toBe(204);
    await expect(requireAccess(h.removed, 'album.read', [h.album.id])).rejects.toMatchObject({ status: 404 });
    await expect(requireAccess(h.removed, 'asset.read', [item])).rejects.toMatchObject({ status: 404 });
    await expect(requireAccess(h.removed, 'asset.download', [item])).rejects.toMatchObject({ status: 404 });
    expect((await call(assetRoute, `/api/assets/${item}`, { id: item }, { cookie: h.removed.cookie })).status).toBe(404);
    expect((await call(membersRoute, `/api/albums/${h.album.id}/members`, { id: h.album.id }, { cookie: h.removed.cookie })).status).toBe(404);

    // The viewer leaves on their own; they cannot remove anyone else; the owner cannot "leave".
    const leave = (userId: string, cookie: string) => call(removeRoute, `/api/albums/${h.album.id}/members/${userId}`, { id: h.album.id, userId }, { method: 'DELETE', cookie });
    expect((await leave(h.contributor.id, h.viewer.cookie)).status).toBe(404);
    expect((await leave(h.viewer.id, h.viewer.cookie)).status).toBe(204);
    await expect(requireAccess(h.viewer, 'album.read', [h.album.id])).rejects.toMatchObject({ status: 404 });
    expect((await leave(h.owner.id, h.owner.cookie)).status).toBe(404);
    expect(await requireAccess(h.owner, 'album.update', [h.album.id])).toBeTruthy();
    expect(await requireAccess(h.contributor, 'album.contribute', [h.album.id])).toBeTruthy();
  });

  it('lists the household by id and name only: active accounts other than me', async () => {
    const h = await sharedAlbum();
    const admin = await namedUser('Ada');
    await prisma().user.update({ where: { id: admin.id }, data: { role: 'admin' } });
    await prisma().user.update({ where: { id: h.stranger.id }, data: { disabledAt: new Date() } });
    for (const asker of [h.viewer, admin]) {
      const res = await call(householdRoute, '/api/users/household', {}, { cookie: asker.cookie });
      expect(res.status).toBe(200);
      const { people } = await res.json();
      const ids = people.map((p: { id: string }) => p.id);
      expect(ids).not.toContain(asker.id);
      expect(ids).not.toContain(h.stranger.id);
      expect(ids).toContain(h.owner.id);
      for (const p of people) expect(Object.keys(p).sort()).toEqual(['id', 'name']);
    }
  });
});
