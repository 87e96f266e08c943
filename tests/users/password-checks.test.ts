// Password checks outside the login (email change, password change) share the login's
// per-account limit and count each guess before checking it: a stolen session cannot guess the
// account's password through them faster than through the login form.
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { PATCH as updateMe } from '@/app/api/me/route';
import { POST as changePassword } from '@/app/api/me/password/route';
import { LIMITS } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/server/db';
import { createUser, request, signIn } from '../support/factories';

const BURST = 100;
const max = LIMITS.loginAccount.max;

describe('password checks outside the login', () => {
  it('lets at most 10 parallel email-change guesses be checked, then refuses even the right password', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const guesses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'thief@example.test', currentPassword: `guess-${i}` } })),
      ),
    );
    const statuses = guesses.map((r) => r.status);
    expect(statuses.filter((s) => s === 422).length).toBeLessThanOrEqual(max);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(BURST - max);
    const right = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'thief@example.test', currentPassword: user.password } }));
    expect(right.status).toBe(429);
    // Shared with the login: the account is limited there too.
    expect((await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: user.password } }))).status).toBe(429);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it('counts failed logins against the email change, and the password change, of the same account', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    await Promise.all(
      Array.from({ length: max }, (_, i) => login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: `guess-${i}` } }))),
    );
    const email = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'moved@example.test', currentPassword: user.password } }));
    expect(email.status).toBe(429);
    const password = await changePassword(
      request('/api/me/password', { method: 'POST', cookie, json: { currentPassword: user.password, newPassword: 'a fresh long passphrase' } }),
    );
    expect(password.status).toBe(429);
  });

  it('lets at most 10 parallel password-change guesses be checked', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const guesses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        changePassword(request('/api/me/password', { method: 'POST', cookie, json: { currentPassword: `guess-${i}`, newPassword: 'a fresh long passphrase' } })),
      ),
    );
    expect(guesses.filter((r) => r.status === 422).length).toBeLessThanOrEqual(max);
  });

  it('still changes the email with the right password, and a success clears the failures', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    for (let i = 0; i < 3; i++) {
      expect((await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'new@example.test', currentPassword: 'nope' } }))).status).toBe(422);
    }
    const moved = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'new@example.test', currentPassword: user.password } }));
    expect(moved.status).toBe(200);
    expect(await prisma().rateLimit.count({ where: { key: `login:account:${user.email}` } })).toBe(0);
  });
});
