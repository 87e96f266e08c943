// Lockout as a weapon: strangers' wrong passwords limit the account for unknown browsers, but a
// browser that signed in to the account before (it holds the signed device cookie the login
// set) still signs in; its own failures count against a limit of its own.
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as setup } from '@/app/api/setup/route';
import { LIMITS } from '@/lib/auth/rate-limit';
import { createUser, request } from '../support/factories';

const attempt = (email: string, password: string, cookie?: string, ip = '203.0.113.40') =>
  login(request('/api/auth/login', { method: 'POST', json: { email, password }, cookie, headers: { 'x-forwarded-for': ip } }));

/** The device cookie from a login response, as a browser would send it back. */
function deviceCookieOf(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('shoebox.device='));
  expect(cookie).toMatch(/; HttpOnly/);
  return cookie!.split(';')[0];
}

/** A stranger on another network locks the account for unknown browsers. */
async function lockOut(email: string) {
  const tries = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `guess-${i}`, undefined, `192.0.2.${i + 1}`)));
  expect(tries.some((r) => r.status === 429)).toBe(true);
  expect((await attempt(email, 'still guessing', undefined, '192.0.2.200')).status).toBe(429);
}

describe('device cookie', () => {
  it('is given to the browser that set Shoebox up, so the first administrator cannot be locked out of it', async () => {
    const password = 'the first admin passphrase';
    const res = await setup(request('/api/setup', { method: 'POST', json: { email: 'first@example.test', name: 'First', password } }));
    expect(res.status).toBe(201);
    const device = deviceCookieOf(res);
    await lockOut('first@example.test');
    expect((await attempt('first@example.test', password)).status).toBe(429);
    expect((await attempt('first@example.test', password, device)).status).toBe(200);
  });

  it('lets a browser that signed in before sign in while strangers have locked the account', async () => {
    const owner = await createUser({ role: 'admin' });
    const device = deviceCookieOf(await attempt(owner.email, owner.password));
    await lockOut(owner.email);
    // An unknown browser is refused, even with the right password…
    expect((await attempt(owner.email, owner.password)).status).toBe(429);
    // …the owner's browser is not.
    expect((await attempt(owner.email, owner.password, device)).status).toBe(200);
  });

  it("counts the device's own failures apart, with the same limit", async () => {
    const owner = await createUser();
    const device = deviceCookieOf(await attempt(owner.email, owner.password));
    await lockOut(owner.email);
    const mine = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(owner.email, `typo-${i}`, device)));
    expect(mine.filter((r) => r.status === 401).length).toBeLessThanOrEqual(LIMITS.loginDevice.max);
    expect((await attempt(owner.email, owner.password, device)).status).toBe(429);
  });

  it('is no help for another account, and a forged or edited cookie is ignored', async () => {
    const owner = await createUser();
    const attacker = await createUser();
    const attackersDevice = deviceCookieOf(await attempt(attacker.email, attacker.password));
    await lockOut(owner.email);
    expect((await attempt(owner.email, owner.password, attackersDevice)).status).toBe(429);
    // Naming the owner's account in the attacker's cookie breaks its signature.
    const [name, value] = attackersDevice.split('=');
    const body = value.slice(0, value.lastIndexOf('.'));
    const forged = `${name}=${body}~${owner.id}${value.slice(value.lastIndexOf('.'))}`;
    expect((await attempt(owner.email, owner.password, forged)).status).toBe(429);
  });

  it('keeps one cookie per browser naming each account it signed in to', async () => {
    const a = await createUser();
    const b = await createUser();
    const first = deviceCookieOf(await attempt(a.email, a.password));
    const both = deviceCookieOf(await attempt(b.email, b.password, first));
    // Same browser id, both accounts.
    expect(both.split('~')[0]).toBe(first.split('~')[0]);
    await lockOut(a.email);
    await lockOut(b.email);
    expect((await attempt(a.email, a.password, both)).status).toBe(200);
    expect((await attempt(b.email, b.password, both)).status).toBe(200);
  });
});
