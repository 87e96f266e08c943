// Every limited action counts itself before doing its work, so a burst of parallel requests
// cannot all read "under the limit" before any is recorded: of 200 at once, at most the limit
// get past (the others answer 429). For the login, a right password inside a burst of wrong
// ones over the limit does not sign in.
import { describe, expect, it } from 'vitest';
import { POST as forgot } from '@/app/api/auth/forgot-password/route';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as refresh } from '@/app/api/auth/refresh/route';
import { POST as register } from '@/app/api/auth/register/route';
import { POST as reset } from '@/app/api/auth/reset-password/route';
import { POST as token } from '@/app/api/auth/token/route';
import { LIMITS } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/server/db';
import { createUser, request } from '../support/factories';

const BURST = 200;
/** A different address for each attacker of a botnet. */
const botIp = (i: number) => `10.77.${i >> 8}.${i & 255}`;
const post = (path: string, json: unknown, ip: string) => request(path, { method: 'POST', json, headers: { 'x-forwarded-for': ip } });

function tally(statuses: number[]) {
  const past = statuses.filter((s) => s !== 429).length;
  return { past, limited: statuses.length - past };
}

describe('a burst of 200 parallel requests', () => {
  it('gets at most 10 wrong passwords checked for one account, and a right one inside the burst does not sign in', async () => {
    const user = await createUser();
    const wrong = Array.from({ length: BURST }, (_, i) => login(post('/api/auth/login', { email: user.email, password: `guess-${i}` }, botIp(i))));
    const right = login(post('/api/auth/login', { email: user.email, password: user.password }, botIp(BURST)));
    const statuses = (await Promise.all([...wrong, right])).map((r) => r.status);
    expect(tally(statuses.slice(0, BURST)).past).toBeLessThanOrEqual(LIMITS.loginAccount.max);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LIMITS.loginAccount.max);
    expect(statuses.at(-1)).toBe(429);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('shares the account limit with the token endpoint', async () => {
    const user = await createUser();
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) => token(post('/api/auth/token', { email: user.email, password: `guess-${i}` }, botIp(i)))),
    );
    expect(tally(responses.map((r) => r.status)).past).toBeLessThanOrEqual(LIMITS.loginAccount.max);
    const right = await login(post('/api/auth/login', { email: user.email, password: user.password }, botIp(BURST)));
    expect(right.status).toBe(429);
  });

  it('gets at most 50 logins checked from one IP, across accounts', async () => {
    const ip = '198.51.100.23';
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) => login(post('/api/auth/login', { email: `nobody-${i}@example.test`, password: 'whatever' }, ip))),
    );
    const { past, limited } = tally(responses.map((r) => r.status));
    expect(past).toBeLessThanOrEqual(LIMITS.loginIp.max);
    expect(limited).toBeGreaterThanOrEqual(BURST - LIMITS.loginIp.max);
  });

  it('limits refresh, reset request, reset and registration per IP the same way', async () => {
    const cases = [
      { limit: LIMITS.refreshIp, send: (i: number, ip: string) => refresh(post('/api/auth/refresh', { refreshToken: `sbr_not-a-real-refresh-token-${i}` }, ip)) },
      { limit: LIMITS.resetIp, send: (i: number, ip: string) => forgot(post('/api/auth/forgot-password', { email: `p${i}@example.test` }, ip)) },
      {
        limit: LIMITS.resetPasswordIp,
        send: (i: number, ip: string) => reset(post('/api/auth/reset-password', { token: `not-a-real-reset-token-${i}`, password: 'a long and fine passphrase' }, ip)),
      },
      {
        limit: LIMITS.inviteIp,
        send: (i: number, ip: string) =>
          register(post('/api/auth/register', { invite: `not-a-real-invite-token-${i}`, email: `r${i}@example.test`, name: 'R', password: 'a long and fine passphrase' }, ip)),
      },
    ];
    for (const [n, { limit, send }] of cases.entries()) {
      const ip = `198.51.100.${100 + n}`;
      const responses = await Promise.all(Array.from({ length: BURST }, (_, i) => send(i, ip)));
      const { past, limited } = tally(responses.map((r) => r.status));
      expect({ limit: limit.name, past: past <= limit.max }).toEqual({ limit: limit.name, past: true });
      expect(limited).toBeGreaterThanOrEqual(BURST - limit.max);
    }
  });
});
