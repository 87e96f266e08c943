// With TRUSTED_PROXIES set (here: `loopback`, a proxy on this machine), X-Forwarded-For is read
// from the right and trusted hops skipped: the address the proxy saw is the client's, and
// whatever the client wrote to the left of it is ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

process.env.TRUSTED_PROXIES = 'loopback';
const { POST: login } = await import('@/app/api/auth/login/route');
const { prisma } = await import('@/lib/server/db');
const { createUser } = await import('../support/factories');
const { startLoopbackWebServer } = await import('../support/loopback-web-server');

let server: Awaited<ReturnType<typeof startLoopbackWebServer>>;
beforeAll(async () => {
  server = await startLoopbackWebServer({ '/api/auth/login': login });
});
afterAll(() => server.close());

async function sessionIpOfLogin(headers: Record<string, string>) {
  const user = await createUser();
  expect((await server.post('/api/auth/login', { email: user.email, password: user.password }, headers)).status).toBe(200);
  return (await prisma().session.findFirstOrThrow({ where: { userId: user.id } })).ip;
}

describe('client address behind a trusted proxy', () => {
  it('takes the address the proxy appended, skipping the trusted hop and ignoring entries the client wrote', async () => {
    // The client sent "6.6.6.6"; the proxy (on loopback) appended the address it saw.
    expect(await sessionIpOfLogin({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })).toBe('203.0.113.7');
  });

  it('uses the peer itself when nothing was forwarded', async () => {
    expect(await sessionIpOfLogin({})).toBe('127.0.0.1');
  });
});
