// What the viewer calls: asset details, previous/next across month boundaries, the original
// with Range support, and a random asset with its colour.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { GET as neighboursRoute } from '@/app/api/assets/[id]/neighbours/route';
import { GET as originalRoute } from '@/app/api/assets/[id]/original/route';
import { GET as randomRoute } from '@/app/api/random/route';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { refreshTimelineCounts } from '../timeline/helpers';

async function signedInOwner() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  return { user, cookie, owner: await libraryOwner(user.id) };
}

describe('GET /api/assets/:id', () => {
  it('answers the info panel: date and source, camera, exposure, file, GPS', async () => {
    const { cookie, owner } = await signedInOwner();
    const id = await createAsset(owner, { local: '2023-12-31 23:30:00', utc: '2023-12-31T14:30:00Z', relPath: 'trips/tokyo/night.jpg' });
    await prisma().exif.create({
      data: { assetId: id, make: 'Canon', model: 'EOS 40D', exposureTime: 0.01, fNumber: 7.1, iso: 100, focalLength: 135, latitude: 35.68, longitude: 139.76 },
    });
    const res = await detailsRoute(request(`/api/assets/${id}`, { cookie }), params({ id }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id,
      fileName: 'night.jpg',
      relPath: 'trips/tokyo/night.jpg',
      size: 1000,
      takenAtLocal: '2023-12-31T23:30:00.000',
      takenAtUtc: '2023-12-31T14:30:00.000Z',
      takenAtSource: 'exif',
      camera: { make: 'Canon', model: 'EOS 40D', lens: null },
      exposure: { exposureTime: 0.01, fNumber: 7.1, iso: 100, focalLength: 135 },
      gps: { latitude: 35.68, longitude: 139.76 },
      favourite: false,
    });
  });

  it('answers 404 for another user’s asset, a missing one, and a malformed id alike', async () => {
    const alice = await signedInOwner();
    const bob = await signedInOwner();
    const his = await createAsset(bob.owner, { local: '2023-01-01 10:00:00' });
    for (const id of [his, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await detailsRoute(request(`/api/assets/${id}`, { cookie: alice.cookie }), params({ id }));
      expect(res.status).toBe(404);
      expect((await originalRoute(request(`/api/assets/${id}/original`, { cookie: alice.cookie }), params({ id }))).status).toBe(404);
      expect((await neighboursRoute(request(`/api/assets/${id}/neighbours`, { cookie: alice.cookie }), params({ id }))).status).toBe(404);
    }
  });
});

describe('GET /api/assets/:id/neighbours', () => {
  it('steps newer/older across month and year boundaries, within the view', async () => {
    const { cookie, owner } = await signedInOwner();
    const jan = await createAsset(owner, { local: '2024-01-01 00:30:00', utc: '2023-12-31T15:30:00Z' });
    const dec31 = await createAsset(owner, { local: '2023-12-31 20:00:00', utc: '2024-01-01T01:00:00Z' });
    const dec1 = await createAsset(owner, { local: '2023-12-01 08:00:00' });
    const trashed = await createAsset(owner, { local: '2023-12-15 08:00:00', status: 'trashed' });
    const nb = async (id: string, query = '') =>
      (await neighboursRoute(request(`/api/assets/${id}/neighbours${query}`, { cookie }), params({ id }))).json();
    // Month first (local wall clock), then the instant: the January photo is newer than the
    // 31 Dec one even though its UTC instant is earlier.
    expect(await nb(jan)).toEqual({ previous: null, next: dec31 });
    expect(await nb(dec31)).toEqual({ previous: jan, next: dec1 });
    expect(await nb(dec1)).toEqual({ previous: dec31, next: null });
    expect(await nb(trashed, '?view=trash')).toEqual({ previous: null, next: null });
  });

  it('steps through one local day taken in two time zones in the order the grid shows it', async () => {
    const { cookie, owner } = await signedInOwner();
    // The grid keeps local days together (see buckets.test.ts): 11th, 11th, 10th.
    const newYork10th = await createAsset(owner, { local: '2024-06-10 22:00:00', utc: '2024-06-11T02:00:00Z' });
    const tokyo11th = await createAsset(owner, { local: '2024-06-11 08:00:00', utc: '2024-06-10T23:00:00Z' });
    const newYork11th = await createAsset(owner, { local: '2024-06-11 09:00:00', utc: '2024-06-11T13:00:00Z' });
    const nb = async (id: string) => (await neighboursRoute(request(`/api/assets/${id}/neighbours`, { cookie }), params({ id }))).json();
    expect(await nb(newYork11th)).toEqual({ previous: null, next: tokyo11th });
    expect(await nb(tokyo11th)).toEqual({ previous: newYork11th, next: newYork10th });
    expect(await nb(newYork10th)).toEqual({ previous: tokyo11th, next: null });
  });
});

describe('GET /api/assets/:id/original', () => {
  it('serves the file as an attachment with a safe type, nosniff and byte ranges', async () => {
    const { cookie, owner } = await signedInOwner();
    writeFileSync(path.join(owner.rootPath, 'clip.mp4'), Buffer.from('0123456789'));
    const id = await createAsset(owner, { local: '2023-01-01 10:00:00', relPath: 'clip.mp4', type: 'video' });
    const whole = await originalRoute(request(`/api/assets/${id}/original`, { cookie }), params({ id }));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('content-disposition')).toMatch(/^attachment; filename="clip.mp4"/);
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(await whole.text()).toBe('0123456789');

    const part = await originalRoute(request(`/api/assets/${id}/original`, { cookie, headers: { range: 'bytes=2-5' } }), params({ id }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');

    const tail = await originalRoute(request(`/api/assets/${id}/original`, { cookie, headers: { range: 'bytes=-3' } }), params({ id }));
    expect(await tail.text()).toBe('789');

    const outside = await originalRoute(request(`/api/assets/${id}/original`, { cookie, headers: { range: 'bytes=50-' } }), params({ id }));
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe('bytes */10');
  });

  it('never serves an unknown type as itself, nor a file reached through a link out of the library', async () => {
    const { cookie, owner } = await signedInOwner();
    writeFileSync(path.join(owner.rootPath, 'page.html'), '<script>alert(1)</script>');
    const html = await createAsset(owner, { local: '2023-01-01 10:00:00', relPath: 'page.html', mime: 'text/html' });
    const res = await originalRoute(request(`/api/assets/${html}/original`, { cookie }), params({ id: html }));
    expect(res.headers.get('content-type')).toBe('application/octet-stream');

    const outsideDir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-outside-'));
    writeFileSync(path.join(outsideDir, 'secret.jpg'), 'secret');
    symlinkSync(path.join(outsideDir, 'secret.jpg'), path.join(owner.rootPath, 'link.jpg'));
    const linked = await createAsset(owner, { local: '2023-01-02 10:00:00', relPath: 'link.jpg' });
    expect((await originalRoute(request(`/api/assets/${linked}/original`, { cookie }), params({ id: linked }))).status).toBe(404);
  });
});

describe('GET /api/random', () => {
  it('answers one of the user’s own photos with a colour from its thumbhash, 404 when there are none', async () => {
    const alice = await signedInOwner();
    const bob = await signedInOwner();
    expect((await randomRoute(request('/api/random', { cookie: alice.cookie }))).status).toBe(404);
    await createAsset(bob.owner, { local: '2020-01-01 10:00:00' });
    const mine = [
      await createAsset(alice.owner, { local: '2020-01-01 10:00:00' }),
      await createAsset(alice.owner, { local: '2021-05-01 10:00:00' }),
    ];
    await createAsset(alice.owner, { local: '2022-01-01 10:00:00', status: 'trashed' });
    for (const refreshed of [false, true]) {
      if (refreshed) await refreshTimelineCounts(); // live fallback before, the view after
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        const body = await (await randomRoute(request('/api/random', { cookie: alice.cookie }))).json();
        expect(mine).toContain(body.id);
        expect(body.colours).toEqual({ dominant: '#565258', source: 'thumbhash' });
        expect(body.previewUrl).toBe(`/api/assets/${body.id}/thumbnail?size=preview`);
        seen.add(body.id);
      }
      expect(seen.size).toBe(2);
    }
  });
});
