// The thumbnail as the web server answers it (lib/server/direct-routes.ts: the route handler
// without Next's router), over real HTTP: the same access rule, error shape and security
// headers as any route; a URL versioned by the current picture is cached for a year, any other
// is revalidated; everything the direct route does not take still reaches Next.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as thumbnailRoute } from '@/app/api/assets/[id]/thumbnail/route';
import { createWebServer } from '@/lib/server/create-web-server';
import { prisma } from '@/lib/server/db';
import { directRouteFor } from '@/lib/server/direct-routes';
import { putObject } from '@/lib/storage/storage';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, signIn } from '../support/factories';

const PICTURE = Buffer.from('RIFF-the-thumbnail-bytes');
let base = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const direct = directRouteFor([{ pattern: /^\/api\/assets\/(?<id>[^/]+)\/thumbnail$/, GET: thumbnailRoute }], false);
  // Whatever the direct route leaves answers like this, standing in for Next.
  const server = createWebServer((_req, res) => res.writeHead(299, { 'x-answered-by': 'next' }).end(), direct);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

async function photoWithThumbnail(owner: { ownerId: string; libraryId: string }, status: 'online' | 'trashed' = 'online') {
  const id = await createAsset(owner, { local: '2024-05-01 12:00:00', status });
  await putObject(`thumb/${id}.webp`, PICTURE);
  await prisma().derived.create({ data: { assetId: id, kind: 'thumb', storageKey: `thumb/${id}.webp`, width: 1, height: 1, bytes: PICTURE.length } });
  const [{ tail }] = await prisma().$queryRaw<{ tail: string }[]>`SELECT right(encode(thumbhash, 'base64'), 8) AS tail FROM assets WHERE id = ${id}::uuid`;
  return { id, version: encodeURIComponent(tail) };
}

describe('GET /api/assets/:id/thumbnail through the web server', () => {
  it('sends the owner the picture, cached for a year when the URL names the current picture, with every response’s security headers', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const { id, version } = await photoWithThumbnail(await libraryOwner(user.id));

    const current = await fetch(`${base}/api/assets/${id}/thumbnail?v=${version}`, { headers: { cookie } });
    expect(current.status).toBe(200);
    expect(Buffer.from(await current.arrayBuffer())).toEqual(PICTURE);
    expect(current.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(current.headers.get('content-type')).toBe('image/webp');
    expect(current.headers.get('x-content-type-options')).toBe('nosniff');
    expect(current.headers.get('x-frame-options')).toBe('DENY');
    expect(current.headers.get('referrer-policy')).toBe('same-origin');
    expect(current.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(current.headers.get('x-request-id')).toBeTruthy();

    // A URL of an older picture (or none) is revalidated, by ETag.
    const stale = await fetch(`${base}/api/assets/${id}/thumbnail?v=oldpictu`, { headers: { cookie } });
    expect(stale.headers.get('cache-control')).toBe('private, max-age=86400');
    const etag = stale.headers.get('etag')!;
    const again = await fetch(`${base}/api/assets/${id}/thumbnail`, { headers: { cookie, 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers the same 404 for another user’s photo, a trashed one, a missing one and a malformed id, and 401 without a session', async () => {
    const alice = await createUser();
    const bob = await createUser();
    const { cookie } = await signIn(alice.id);
    const bobs = await photoWithThumbnail(await libraryOwner(bob.id));
    const trashed = await photoWithThumbnail(await libraryOwner(alice.id), 'trashed');
    for (const id of [bobs.id, trashed.id, '00000000-0000-4000-8000-000000000000', 'nope', '%E0%A4%A']) {
      const res = await fetch(`${base}/api/assets/${id}/thumbnail`, { headers: { cookie } });
      if (res.headers.get('x-answered-by') === 'next') {
        expect(id).toBe('%E0%A4%A'); // a malformed escape is left to Next, as before
        continue;
      }
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found', message: 'No such photo.' } });
    }
    const anonymous = await fetch(`${base}/api/assets/${bobs.id}/thumbnail`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('lets a member of a shared library see its photos', async () => {
    const owner = await createUser();
    const member = await createUser();
    const library = await libraryOwner(owner.id);
    await prisma().libraryMember.create({ data: { libraryId: library.libraryId, userId: member.id } });
    const { id } = await photoWithThumbnail(library);
    const res = await fetch(`${base}/api/assets/${id}/thumbnail`, { headers: { cookie: (await signIn(member.id)).cookie } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PICTURE);
  });

  it('answers 200 parallel requests (a month of tiles at once) without an error', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const owner = await libraryOwner(user.id);
    const photos = await Promise.all(Array.from({ length: 20 }, () => photoWithThumbnail(owner)));
    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await fetch(`${base}/api/assets/${photos[i % 20].id}/thumbnail`, { headers: { cookie } });
        return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
      }),
    );
    expect(answers.filter((a) => a.status !== 200 || a.bytes !== PICTURE.length)).toEqual([]);
  });

  it('leaves other methods and other paths to Next', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const { id } = await photoWithThumbnail(await libraryOwner(user.id));
    for (const [method, path] of [['HEAD', `/api/assets/${id}/thumbnail`], ['POST', `/api/assets/${id}/thumbnail`], ['GET', `/api/assets/${id}/original`], ['GET', `/api/assets/${id}/thumbnail/x`]]) {
      const res = await fetch(`${base}${path}`, { method, headers: { cookie } });
      expect([method, path, res.headers.get('x-answered-by')]).toEqual([method, path, 'next']);
    }
  });
});
