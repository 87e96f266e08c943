// The link holder's side, on real geotagged photos: exactly what the link grants (an album link
// follows its album, a selection only its items, never trashed ones), the same 404 for unknown,
// expired and revoked links, the password form (wrong → 401, rate-limited under 50 parallel
// tries, cookie that cannot be forged and ends with the password), downloads only when allowed,
// no GPS anywhere (JSON or image bytes) unless metadata is shown, and the noindex/no-referrer headers.
import exifr from 'exifr';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATCH as patchRoute } from '@/app/api/shared-links/[id]/route';
import { prisma } from '@/lib/server/db';
import { params, request } from '../support/factories';
import { cookieFrom, createLink, getContent, getMedia, ownerWithGpsPhotos, tokenOf, unlock } from './link-fixtures';

let fx: Awaited<ReturnType<typeof ownerWithGpsPhotos>>;
beforeAll(async () => {
  fx = await ownerWithGpsPhotos();
}, 180_000);

async function link(body: Record<string, unknown>) {
  const { res, body: created } = await createLink(fx.cookie, body);
  expect(res.status).toBe(201);
  return { id: created!.link.id, token: tokenOf(created!.path) };
}

const ids = async (res: Response) => ((await res.json()).items as { id: string }[]).map((i) => i.id).sort();

describe('a shared link, for someone without an account', () => {
  it('finds real geotagged photos to share', () => {
    expect(fx.assets.length).toBeGreaterThanOrEqual(3);
  });

  it('shows only the selected items; other photos of the owner are 404 under it', async () => {
    const [one, two, other] = fx.assets.map((a) => a.id);
    const { token } = await link({ assetIds: [one, two], title: 'Two photos', description: 'From the trip' });
    const res = await getContent(token);
    expect(res.status).toBe(200);
    const body = await res.clone().json();
    expect(body).toMatchObject({ title: 'Two photos', description: 'From the trip', allowDownload: false, showMetadata: false });
    expect(await ids(res)).toEqual([one, two].sort());
    expect((await getMedia(token, one, 'thumbnail')).status).toBe(200);
    expect((await getMedia(token, two, 'preview')).status).toBe(200);
    const outside = await getMedia(token, other, 'thumbnail');
    const missing = await getMedia(token, '00000000-0000-4000-8000-000000000000', 'thumbnail');
    expect([outside.status, missing.status]).toEqual([404, 404]);
    expect(await outside.text()).toBe(await missing.text());
    expect((await getMedia(token, 'not-an-id', 'thumbnail')).status).toBe(404);
    // A trashed item disappears from the link, its files too.
    await prisma().asset.update({ where: { id: two }, data: { status: 'trashed' } });
    expect(await ids(await getContent(token))).toEqual([one]);
    expect((await getMedia(token, two, 'thumbnail')).status).toBe(404);
    await prisma().asset.update({ where: { id: two }, data: { status: 'online' } });
  });

  it('follows its album: items added later show, removed ones stop', async () => {
    const [one, two] = fx.assets.map((a) => a.id);
    const album = await prisma().album.create({ data: { ownerId: fx.owner.id, title: 'Album title', description: 'Album words' } });
    await prisma().albumAsset.create({ data: { albumId: album.id, assetId: one } });
    const { token } = await link({ albumId: album.id });
    const first = await (await getContent(token)).json();
    expect(first).toMatchObject({ title: 'Album title', description: 'Album words' });
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([one]);
    await prisma().albumAsset.create({ data: { albumId: album.id, assetId: two } });
    expect(await ids(await getContent(token))).toEqual([one, two].sort());
    expect((await getMedia(token, two, 'thumbnail')).status).toBe(200);
    await prisma().albumAsset.delete({ where: { albumId_assetId: { albumId: album.id, assetId: one } } });
    expect(await ids(await getContent(token))).toEqual([two]);
    expect((await getMedia(token, one, 'thumbnail')).status).toBe(404);
  });

  it('answers unknown, expired and revoked links with the same 404', async () => {
    const { id, token } = await link({ assetIds: [fx.assets[0].id] });
    const expired = await link({ assetIds: [fx.assets[0].id], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await prisma().sharedLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await prisma().sharedLink.update({ where: { id }, data: { revokedAt: new Date() } });
    const answers = await Promise.all([token, expired.token, 'x'.repeat(32), 'short', '../../etc'].map((t) => getContent(t)));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    const texts = await Promise.all(answers.map((r) => r.text()));
    expect(new Set(texts).size).toBe(1);
    expect((await getMedia(token, fx.assets[0].id, 'thumbnail')).status).toBe(404);
  });

  it('hides all metadata when off: no GPS, place, camera or file name in the JSON, no EXIF in the images', async () => {
    const asset = fx.assets[0];
    const { token } = await link({ assetIds: [asset.id] });
    const text = await (await getContent(token)).text();
    const item = JSON.parse(text).items[0];
    expect(item.metadata).toBeNull();
    for (const leak of [String(asset.exif!.latitude).slice(0, 6), 'Placetown', 'Italy', asset.relPath, asset.relPath.split('/').pop()!, asset.exif!.make ?? 'NIKON', 'latitude']) {
      expect(text, leak).not.toContain(leak);
    }
    for (const kind of ['thumbnail', 'preview'] as const) {
      const bytes = Buffer.from(await (await getMedia(token, asset.id, kind)).arrayBuffer());
      expect(bytes.length, kind).toBeGreaterThan(500);
      const gps = await exifr.gps(bytes).catch(() => undefined);
      expect(gps?.latitude, `${kind} GPS`).toBeUndefined();
      const tags = await exifr.parse(bytes, { gps: true, tiff: true }).catch(() => undefined);
      expect(tags?.GPSLatitude, `${kind} EXIF`).toBeUndefined();
      expect(tags?.Make, `${kind} camera`).toBeUndefined();
    }
    // The original itself has GPS, which is why it is never served without metadata.
    const original = await getMedia(token, asset.id, 'original');
    expect(original.status).toBe(403);
  });

  it('shows metadata when on, and serves originals (with their GPS) only when downloads are allowed', async () => {
    const asset = fx.assets[0];
    const shown = await link({ assetIds: [asset.id], showMetadata: true });
    const item = (await (await getContent(shown.token)).json()).items[0];
    expect(item.metadata).toMatchObject({ place: 'Placetown, Regionshire, Italy', fileName: asset.relPath.split('/').pop() });
    expect(item.metadata.latitude).toBeCloseTo(asset.exif!.latitude!, 5);
    expect((await getMedia(shown.token, asset.id, 'original')).status).toBe(403);
    const download = await link({ assetIds: [asset.id], showMetadata: true, allowDownload: true });
    const original = await getMedia(download.token, asset.id, 'original');
    expect(original.status).toBe(200);
    expect(original.headers.get('content-disposition')).toMatch(/^attachment/);
    const gps = await exifr.gps(Buffer.from(await original.arrayBuffer()));
    expect(gps.latitude).toBeCloseTo(asset.exif!.latitude!, 3);
  });

  it('carries noindex and no-referrer on every answer, and no-store on its JSON', async () => {
    const { token } = await link({ assetIds: [fx.assets[0].id] });
    const answers = [await getContent(token), await getMedia(token, fx.assets[0].id, 'thumbnail'), await getContent('x'.repeat(32)), await unlock(token, 'anything')];
    for (const res of answers) {
      expect(res.headers.get('x-robots-tag'), String(res.status)).toBe('noindex, nofollow');
      expect(res.headers.get('referrer-policy'), String(res.status)).toBe('no-referrer');
    }
    expect(answers[0].headers.get('cache-control')).toBe('private, no-store');
    expect(answers[2].headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('a password-protected link', () => {
  it('stays locked without the password; the right one sets a cookie scoped to the link that opens it', async () => {
    const { token } = await link({ assetIds: [fx.assets[0].id], title: 'Secret title', password: 'open sesame' });
    const locked = await getContent(token);
    expect(locked.status).toBe(401);
    const lockedBody = await locked.text();
    expect(lockedBody).toContain('password');
    expect(lockedBody).not.toContain('Secret title');
    expect((await getMedia(token, fx.assets[0].id, 'thumbnail')).status).toBe(401);

    const wrong = await unlock(token, 'open says me', '198.51.100.7');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toMatch(/Wrong password/);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const right = await unlock(token, 'open sesame', '198.51.100.7');
    expect(right.status).toBe(200);
    const cookies = right.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const c of cookies) {
      expect(c).toMatch(/HttpOnly/);
      expect(c).toMatch(/SameSite=Lax/);
      expect(c).not.toContain('open sesame');
    }
    expect(cookies.map((c) => /Path=([^;]+)/.exec(c)![1]).sort()).toEqual([`/api/s/${token}`, `/s/${token}`]);
    const cookie = cookieFrom(right, token);
    const open = await getContent(token, { cookie });
    expect(open.status).toBe(200);
    expect((await open.json()).title).toBe('Secret title');
    expect((await getMedia(token, fx.assets[0].id, 'thumbnail', { cookie })).status).toBe(200);
  });

  it('refuses a forged cookie, a cookie of another link, and one from before the password changed', async () => {
    const a = await link({ assetIds: [fx.assets[0].id], password: 'first password' });
    const b = await link({ assetIds: [fx.assets[0].id], password: 'first password' });
    const cookie = cookieFrom(await unlock(a.token, 'first password', '198.51.100.8'), a.token);
    const [name, value] = cookie.split('=');
    const forged = `${name}=${value.slice(0, -3)}${value.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await getContent(a.token, { cookie: forged })).status).toBe(401);
    expect((await getContent(a.token, { cookie: `${name}=` })).status).toBe(401);
    expect((await getContent(b.token, { cookie })).status).toBe(401);
    expect((await getContent(a.token, { cookie })).status).toBe(200);
    // The owner changes the password: the old cookie is worthless.
    const changed = await patchRoute(request(`/api/shared-links/${a.id}`, { method: 'PATCH', cookie: fx.cookie, json: { password: 'second password' } }), params({ id: a.id }));
    expect(changed.status).toBe(200);
    expect((await getContent(a.token, { cookie })).status).toBe(401);
    const fresh = cookieFrom(await unlock(a.token, 'second password', '198.51.100.8'), a.token);
    expect((await getContent(a.token, { cookie: fresh })).status).toBe(200);
    // Revoked: the valid cookie meets the same 404 as everyone.
    await prisma().sharedLink.update({ where: { id: a.id }, data: { revokedAt: new Date() } });
    expect((await getContent(a.token, { cookie: fresh })).status).toBe(404);
  });

  it('holds its limits under 50 parallel wrong passwords, per link and per address', async () => {
    const target = await link({ assetIds: [fx.assets[0].id], password: 'correct horse' });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => unlock(target.token, `guess ${i}`, `192.0.2.${i + 1}`)));
    const statuses = answers.map((r) => r.status);
    // 20 tries per link in 15 minutes: exactly that many were checked, the rest refused.
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const limited = answers.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password now waits, from a fresh address too.
    expect((await unlock(target.token, 'correct horse', '192.0.2.200')).status).toBe(429);

    // Per address: 30 tries from one address across links, then that address is refused everywhere.
    const links = await Promise.all(Array.from({ length: 3 }, () => link({ assetIds: [fx.assets[0].id], password: 'correct horse' })));
    const fromOne = await Promise.all(Array.from({ length: 50 }, (_, i) => unlock(links[i % 3].token, `guess ${i}`, '192.0.2.250')));
    expect(fromOne.filter((r) => r.status === 401)).toHaveLength(30);
    expect(fromOne.filter((r) => r.status === 429)).toHaveLength(20);
    expect((await unlock(links[0].token, 'correct horse', '192.0.2.250')).status).toBe(429);
    expect((await unlock(links[0].token, 'correct horse', '192.0.2.251')).status).toBe(200);
  });
});
