// The owner's side of shared links: create for an album or a selection of one's own photos
// (never someone else's), list with counts and views, edit, revoke, delete; another user's link
// answers 404 like a missing one; downloads without metadata are refused.
import { describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/shared-links/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '@/app/api/shared-links/[id]/route';
import { POST as revokeRoute } from '@/app/api/shared-links/[id]/revoke/route';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { createLink, getContent, tokenOf } from './link-fixtures';

async function userWithPhotos(n = 3) {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  const lib = await libraryOwner(user.id);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await createAsset(lib, { local: `2024-05-0${i + 1} 10:00:00` }));
  return { user, cookie, lib, ids };
}

const list = async (cookie: string) => (await (await listRoute(request('/api/shared-links', { cookie }), params({}))).json()).links as Record<string, unknown>[];
const patch = (cookie: string, id: string, json: unknown) => patchRoute(request(`/api/shared-links/${id}`, { method: 'PATCH', cookie, json }), params({ id }));

describe('managing shared links', () => {
  it('creates a selection link whose address is shown once and whose token is stored only hashed', async () => {
    const a = await userWithPhotos();
    const { res, body } = await createLink(a.cookie, { assetIds: a.ids.slice(0, 2), title: 'Beach', password: 'sand castle' });
    expect(res.status).toBe(201);
    const token = tokenOf(body!.path);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(body!.url).toMatch(new RegExp(`^https?://[^/]+/s/${token}$`));
    const row = await prisma().sharedLink.findUniqueOrThrow({ where: { id: body!.link.id } });
    expect(Buffer.from(row.tokenHash).toString('hex')).not.toContain(Buffer.from(token).toString('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    // Options are off by default.
    expect(row.allowDownload).toBe(false);
    expect(row.showMetadata).toBe(false);
    const links = await list(a.cookie);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'selection', title: 'Beach', hasPassword: true, itemCount: 2, viewCount: 0, revokedAt: null });
    expect(JSON.stringify(links)).not.toContain(token);
    expect(JSON.stringify(links)).not.toContain('argon2');
  });

  it("refuses another user's photos or album, answering like missing ones", async () => {
    const a = await userWithPhotos(1);
    const b = await userWithPhotos(1);
    const album = await prisma().album.create({ data: { ownerId: a.user.id, title: 'A album' } });
    const foreign = await createLink(b.cookie, { assetIds: [a.ids[0]] });
    const missing = await createLink(b.cookie, { assetIds: ['00000000-0000-4000-8000-000000000000'] });
    expect([foreign.res.status, missing.res.status]).toEqual([404, 404]);
    expect((await foreign.res.json()).error.message).toMatch(/your own photos.*outside the household/);
    // A mix of mine and someone else's: all or nothing.
    expect((await createLink(b.cookie, { assetIds: [b.ids[0], a.ids[0]] })).res.status).toBe(404);
    expect((await createLink(b.cookie, { albumId: album.id })).res.status).toBe(404);
    // A member of a shared library reads the photo but may not publish it.
    await prisma().libraryMember.create({ data: { libraryId: a.lib.libraryId, userId: b.user.id } });
    expect((await createLink(b.cookie, { assetIds: [a.ids[0]] })).res.status).toBe(404);
    // An album member (not its owner) may not share it by link either.
    await prisma().albumMember.create({ data: { albumId: album.id, userId: b.user.id, role: 'contributor' } });
    expect((await createLink(b.cookie, { albumId: album.id })).res.status).toBe(404);
    expect(await prisma().sharedLink.count({ where: { ownerId: b.user.id } })).toBe(0);
    expect((await createLink(a.cookie, { albumId: album.id })).res.status).toBe(201);
  });

  it('refuses downloads without metadata (the originals carry GPS), on create and on edit', async () => {
    const a = await userWithPhotos(1);
    const refused = await createLink(a.cookie, { assetIds: a.ids, allowDownload: true });
    expect(refused.res.status).toBe(422);
    expect((await refused.res.json()).error.message).toMatch(/GPS/);
    const { body } = await createLink(a.cookie, { assetIds: a.ids, allowDownload: true, showMetadata: true });
    expect((await patch(a.cookie, body!.link.id, { showMetadata: false })).status).toBe(422);
    const both = await patch(a.cookie, body!.link.id, { showMetadata: false, allowDownload: false });
    expect(both.status).toBe(200);
    expect(await both.json()).toMatchObject({ allowDownload: false, showMetadata: false });
    // Bad input is a 422 naming the field, never a 500.
    for (const bad of [{ assetIds: [] }, { assetIds: ['nope'] }, {}, { assetIds: a.ids, expiresAt: 'tomorrow' }, { assetIds: a.ids, password: 'x' }, { assetIds: a.ids, title: 'x'.repeat(300) }]) {
      expect((await createLink(a.cookie, bad)).res.status, JSON.stringify(bad).slice(0, 60)).toBe(422);
    }
  });

  it('edits, revokes and deletes only its own links; a stranger gets 404 and changes nothing', async () => {
    const a = await userWithPhotos(2);
    const b = await userWithPhotos(1);
    const { body } = await createLink(a.cookie, { assetIds: a.ids });
    const id = body!.link.id;
    const token = tokenOf(body!.path);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    expect((await patch(b.cookie, id, { title: 'stolen' })).status).toBe(404);
    expect((await revokeRoute(request(`/api/shared-links/${id}/revoke`, { method: 'POST', cookie: b.cookie }), params({ id }))).status).toBe(404);
    expect((await deleteRoute(request(`/api/shared-links/${id}`, { method: 'DELETE', cookie: b.cookie }), params({ id }))).status).toBe(404);
    expect(await list(b.cookie)).toEqual([]);

    const edited = await patch(a.cookie, id, { title: 'Holiday', description: 'Two days', expiresAt, password: 'new secret' });
    expect(await edited.json()).toMatchObject({ title: 'Holiday', description: 'Two days', hasPassword: true, expiresAt });
    expect(await (await patch(a.cookie, id, { password: null, expiresAt: null })).json()).toMatchObject({ hasPassword: false, expiresAt: null });
    expect((await getContent(token)).status).toBe(200);
    expect((await list(a.cookie))[0]).toMatchObject({ viewCount: 1 });
    expect((await list(a.cookie))[0].lastViewedAt).not.toBeNull();

    const revoked = await revokeRoute(request(`/api/shared-links/${id}/revoke`, { method: 'POST', cookie: a.cookie }), params({ id }));
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).revokedAt).not.toBeNull();
    expect((await getContent(token)).status).toBe(404);
    expect((await deleteRoute(request(`/api/shared-links/${id}`, { method: 'DELETE', cookie: a.cookie }), params({ id }))).status).toBe(204);
    expect(await list(a.cookie)).toEqual([]);
    expect(await prisma().asset.count({ where: { id: { in: a.ids } } })).toBe(2);
    expect((await patch(a.cookie, id, { title: 'gone' })).status).toBe(404);
  });
});
