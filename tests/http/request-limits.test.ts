// What a client can send that the database or the process cannot take: oversized bodies are
// refused (413) before they are read, a NUL character or an impossible month is a 422 naming
// the field, and a database that cannot be reached is a 503 with Retry-After, never a 500.
import { describe, expect, it } from 'vitest';
import { POST as forgotPassword } from '@/app/api/auth/forgot-password/route';
import { POST as createLibrary } from '@/app/api/libraries/route';
import { GET as listApiKeys, POST as createApiKey } from '@/app/api/me/api-keys/route';
import { GET as me, PATCH as updateMe } from '@/app/api/me/route';
import { GET as assetDetails } from '@/app/api/assets/[id]/route';
import { GET as bucket } from '@/app/api/timeline/bucket/route';
import { disconnectPrisma, prisma } from '@/lib/server/db';
import { env, setDatabaseUrl } from '@/lib/server/env';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { freePort } from '../support/free-port';

/** A JSON body of `total` bytes handed out in 64 KiB chunks on demand; counts what was pulled. */
function countingBody(total: number) {
  const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
  const head = new TextEncoder().encode('{"name":"');
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(head);
        sent += head.length;
      } else if (sent < total) {
        controller.enqueue(chunk);
        sent += chunk.length;
      } else {
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
      }
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => sent };
}

describe('request bodies', () => {
  it('answers 413 to a body over the limit and stops reading it', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const body = countingBody(50 * 1024 * 1024);
    const res = await updateMe(
      request('/api/me', { method: 'PATCH', cookie, body: body.stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    // Read no further than the limit and one chunk: 50 MB never reach memory.
    expect(body.pulled()).toBeLessThanOrEqual(env.MAX_JSON_BODY_BYTES + 64 * 1024 + 16);
  });

  it('answers 413 from Content-Length alone, without reading the body', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const body = countingBody(400 * 1024 * 1024);
    const res = await updateMe(
      request('/api/me', {
        method: 'PATCH',
        cookie,
        body: body.stream,
        headers: { 'content-type': 'application/json', 'content-length': String(400 * 1024 * 1024) },
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(body.pulled()).toBe(0);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Test User');
  });

  it('still takes a body under the limit', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const res = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { name: 'Ann' } }));
    expect(res.status).toBe(200);
    expect((await res.json()).user.name).toBe('Ann');
  });
});

describe('input the database refuses', () => {
  const nul = 'bad\u0000value';
  const fieldOf = async (res: Response) => {
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    return Object.keys(body.error.details.fieldErrors);
  };

  it('answers 422 naming the field for a NUL character in any text field', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    expect(await fieldOf(await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { name: nul } })))).toEqual(['name']);
    expect(await fieldOf(await createApiKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: nul } })))).toEqual(['name']);
    expect(await fieldOf(await forgotPassword(request('/api/auth/forgot-password', { method: 'POST', json: { email: `a${nul}@example.test` } })))).toEqual(['email']);
    const library = { name: 'Family', rootPath: '/srv/photos', ownerId: admin.id };
    expect(await fieldOf(await createLibrary(request('/api/libraries', { method: 'POST', cookie, json: { ...library, name: nul } })))).toEqual(['name']);
    expect(await fieldOf(await createLibrary(request('/api/libraries', { method: 'POST', cookie, json: { ...library, rootPath: `/srv/${nul}` } })))).toEqual(['rootPath']);
    expect(
      await fieldOf(await createLibrary(request('/api/libraries', { method: 'POST', cookie, json: { ...library, exclude: ['*.tmp', nul] } }))),
    ).toEqual(['exclude.1']);
    expect(await fieldOf(await bucket(request(`/api/timeline/bucket?month=2024-01&view=${encodeURIComponent(nul)}`, { cookie })))).toEqual(['view']);
    expect(await prisma().library.count()).toBe(0);
    expect(await prisma().apiKey.count()).toBe(0);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe('Test User');
  });

  it('answers 422 naming the month for month=0000-01', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    expect(await fieldOf(await bucket(request('/api/timeline/bucket?month=0000-01', { cookie })))).toEqual(['month']);
    expect((await bucket(request('/api/timeline/bucket?month=0001-01', { cookie }))).status).toBe(200);
  });
});

describe('authenticated JSON is never cached', () => {
  it('sends Cache-Control: no-store on /api/me, the API key list, the timeline and asset details', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const assetId = await createAsset(await libraryOwner(user.id), { local: '2024-01-05 10:00:00' });
    for (const res of [
      await assetDetails(request(`/api/assets/${assetId}`, { cookie }), params({ id: assetId })),
      await me(request('/api/me', { cookie })),
      await listApiKeys(request('/api/me/api-keys', { cookie })),
      await bucket(request('/api/timeline/bucket?month=2024-01', { cookie })),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

// Last: it points this file's connection pool at a port where no database listens, through
// the same configuration path the CLI uses, and never points it back.
describe('database outage', () => {
  it('answers 503 with Retry-After, not 500, when PostgreSQL cannot be reached', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    await disconnectPrisma();
    setDatabaseUrl(`postgres://postgres@127.0.0.1:${await freePort()}/shoebox`);
    for (const res of [
      await me(request('/api/me', { cookie })),
      await bucket(request('/api/timeline/bucket?month=2024-01', { cookie })),
      await forgotPassword(request('/api/auth/forgot-password', { method: 'POST', json: { email: 'a@example.test' } })),
    ]) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await res.json()).error.code).toBe('unavailable');
    }
  });
});
