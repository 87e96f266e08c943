// The client address when no proxy is configured (TRUSTED_PROXIES unset) is the TCP peer's,
// whatever X-Forwarded-For the client sends: through our web server on a loopback port, a
// random header per request neither escapes the per-IP limit nor shows in the sessions list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { LIMITS } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { startLoopbackWebServer } from '../support/loopback-web-server';

let server: Awaited<ReturnType<typeof startLoopbackWebServer>>;
beforeAll(async () => {
  server = await startLoopbackWebServer({ '/api/auth/login': login });
});
afterAll(() => server.close());

const randomIp = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 250) + 1).join('.');

describe('client address without a trusted proxy', () => {
  it('records the TCP peer as the session address, not a client-sent X-Forwarded-For', async () => {
    const user = await createUser();
    const res = await server.post('/api/auth/login', { email: user.email, password: user.password }, { 'x-forwarded-for': '203.0.113.66' });
    expect(res.status).toBe(200);
    const session = await prisma().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.ip).toBe('127.0.0.1');
  });

  it('counts every request under the peer address, so a random header per request does not escape the per-IP limit', async () => {
    const attempts = LIMITS.loginIp.max + 10;
    const statuses: number[] = [];
    for (let i = 0; i < attempts; i++) {
      const res = await server.post('/api/auth/login', { email: `nobody-${i}@example.test`, password: 'whatever' }, { 'x-forwarded-for': randomIp() });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMITS.loginIp.max);
    expect(statuses.slice(LIMITS.loginIp.max).every((s) => s === 429)).toBe(true);
    const keys = await prisma().rateLimit.findMany({ where: { key: { startsWith: 'login:ip:' } } });
    expect(keys.map((k) => k.key)).toEqual(['login:ip:127.0.0.1']);
  });
});
