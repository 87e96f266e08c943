// Rate limits kept in PostgreSQL: 10 failed logins per account per 15 minutes (then 429 with
// Retry-After, even for the right password), per-IP limits, and the window passing. Time is
// moved by ageing the window in the table, never by sleeping.
import { describe, expect, it } from 'vitest';
import { POST as forgot } from '@/app/api/auth/forgot-password/route';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as register } from '@/app/api/auth/register/route';
import { POST as token } from '@/app/api/auth/token/route';
import { prisma } from '@/lib/server/db';
import { createUser, request } from '../support/factories';

const attempt = (email: string, password: string, ip = '203.0.113.9') =>
  login(request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { 'x-forwarded-for': ip } }));

async function ageWindows(prefix: string, minutes: number) {
  await prisma().$executeRaw`UPDATE rate_limits SET window_start = window_start - make_interval(mins => ${minutes}) WHERE key LIKE ${`${prefix}%`}`;
}

describe('login rate limits', () => {
  it('allows 10 failed attempts per account, then answers 429 with Retry-After until the window passes', async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) expect((await attempt(user.email, `wrong-${i}`)).status).toBe(401);
    const limited = await attempt(user.email, 'wrong-again');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await limited.json()).error.code).toBe('rate_limited');
    // The right password is refused too while the account is limited, from any address.
    expect((await attempt(user.email, user.password, '198.51.100.7')).status).toBe(429);
    // The token endpoint shares the account's counter.
    expect((await token(request('/api/auth/token', { method: 'POST', json: { email: user.email, password: user.password } }))).status).toBe(429);

    await ageWindows('login:account:', 16);
    expect((await attempt(user.email, user.password)).status).toBe(200);
    // A success clears the account's failures.
    expect(await prisma().rateLimit.count({ where: { key: `login:account:${user.email}` } })).toBe(0);
  });

  it('limits one IP across many accounts, including unknown ones', async () => {
    const ip = '192.0.2.44';
    for (let i = 0; i < 50; i++) expect((await attempt(`nobody-${i}@example.test`, 'whatever', ip)).status).toBe(401);
    expect((await attempt('nobody-x@example.test', 'whatever', ip)).status).toBe(429);
    const user = await createUser();
    expect((await attempt(user.email, user.password, ip)).status).toBe(429);
    expect((await attempt(user.email, user.password, '192.0.2.45')).status).toBe(200);
  });

  it('counts the last X-Forwarded-For entry (the TCP peer our web server appends), so entries a client wrote do not reset the count', async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) await attempt(user.email, 'wrong', `10.9.9.${i}, 192.0.2.99`);
    const keys = await prisma().rateLimit.findMany({ where: { key: { startsWith: 'login:ip:' } } });
    expect(keys.find((k) => k.key === 'login:ip:192.0.2.99')?.hits).toBe(10);
  });
});

describe('other limits', () => {
  it('limits password-reset requests per IP and invite redemption per IP', async () => {
    const ip = { 'x-forwarded-for': '192.0.2.200' };
    for (let i = 0; i < 10; i++) {
      expect((await forgot(request('/api/auth/forgot-password', { method: 'POST', headers: ip, json: { email: `p${i}@example.test` } }))).status).toBe(202);
    }
    const limited = await forgot(request('/api/auth/forgot-password', { method: 'POST', headers: ip, json: { email: 'p@example.test' } }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);

    const body = { invite: 'guessing-invite-tokens-here', email: 'g@example.test', name: 'G', password: 'a long and fine passphrase' };
    for (let i = 0; i < 20; i++) expect((await register(request('/api/auth/register', { method: 'POST', headers: ip, json: body }))).status).toBe(400);
    expect((await register(request('/api/auth/register', { method: 'POST', headers: ip, json: body }))).status).toBe(429);
  });
});
