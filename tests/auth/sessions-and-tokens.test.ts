// Sessions that really end, token clients with rotation and reuse detection, API key scopes,
// and the argon2id upgrade at login.
import { type Algorithm, hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { POST as refresh } from '@/app/api/auth/refresh/route';
import { POST as token } from '@/app/api/auth/token/route';
import { PATCH as updateUser } from '@/app/api/admin/users/[id]/route';
import { GET as listKeys, POST as createKey } from '@/app/api/me/api-keys/route';
import { DELETE as deleteKey } from '@/app/api/me/api-keys/[id]/route';
import { POST as changePassword } from '@/app/api/me/password/route';
import { GET as me, PATCH as updateMe } from '@/app/api/me/route';
import { GET as listSessions } from '@/app/api/me/sessions/route';
import { DELETE as revokeSession } from '@/app/api/me/sessions/[id]/route';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

async function loginCookie(email: string, password: string): Promise<string> {
  const res = await login(request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { 'user-agent': 'Firefox test' } }));
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  return setCookie.split(';')[0];
}

describe('browser sessions', () => {
  it('makes a new session id at every login and ends it at logout (a replayed cookie gets 401)', async () => {
    const user = await createUser();
    const a = await loginCookie(user.email, user.password);
    const b = await loginCookie(user.email, user.password);
    expect(a).not.toBe(b);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(2);
    expect((await me(request('/api/me', { cookie: a }))).status).toBe(200);
    expect((await logout(request('/api/auth/logout', { method: 'POST', cookie: a }))).status).toBe(200);
    expect((await me(request('/api/me', { cookie: a }))).status).toBe(401);
    expect((await me(request('/api/me', { cookie: b }))).status).toBe(200);
  });

  it('lists my sessions with device and IP, revokes one, and answers 404 for another user’s', async () => {
    const user = await createUser();
    const other = await createUser();
    const mine = await loginCookie(user.email, user.password);
    const second = await signIn(user.id);
    const theirs = await signIn(other.id);
    const { sessions } = await (await listSessions(request('/api/me/sessions', { cookie: mine }))).json();
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s: { current: boolean }) => s.current)).toMatchObject({ userAgent: 'Firefox test', kind: 'browser' });

    const foreign = await revokeSession(request(`/api/me/sessions/${theirs.sessionId}`, { method: 'DELETE', cookie: mine }), params({ id: theirs.sessionId }));
    expect(foreign.status).toBe(404);
    expect((await me(request('/api/me', { cookie: theirs.cookie }))).status).toBe(200);

    const ok = await revokeSession(request(`/api/me/sessions/${second.sessionId}`, { method: 'DELETE', cookie: mine }), params({ id: second.sessionId }));
    expect(ok.status).toBe(200);
    expect((await me(request('/api/me', { cookie: second.cookie }))).status).toBe(401);
  });

  it('ends every session when an admin disables the user', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const session = await signIn(user.id);
    const res = await updateUser(
      request(`/api/admin/users/${user.id}`, { method: 'PATCH', cookie: (await signIn(admin.id)).cookie, json: { disabled: true } }),
      params({ id: user.id }),
    );
    expect(res.status).toBe(200);
    expect((await me(request('/api/me', { cookie: session.cookie }))).status).toBe(401);
    expect(await prisma().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const relogin = await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: user.password } }));
    expect(relogin.status).toBe(401);
  });

  it('changes the password only with the current one, optionally ending the other sessions', async () => {
    const user = await createUser();
    const current = await signIn(user.id);
    const other = await signIn(user.id);
    const wrong = await changePassword(
      request('/api/me/password', { method: 'POST', cookie: current.cookie, json: { currentPassword: 'nope', newPassword: 'a fresh long passphrase' } }),
    );
    expect(wrong.status).toBe(422);
    const ok = await changePassword(
      request('/api/me/password', {
        method: 'POST',
        cookie: current.cookie,
        json: { currentPassword: user.password, newPassword: 'a fresh long passphrase', endOtherSessions: true },
      }),
    );
    expect(ok.status).toBe(200);
    expect((await me(request('/api/me', { cookie: current.cookie }))).status).toBe(200);
    expect((await me(request('/api/me', { cookie: other.cookie }))).status).toBe(401);
    expect((await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: 'a fresh long passphrase' } }))).status).toBe(200);
  });

  it('updates my name; changes my email only with my current password, and never to one another account has', async () => {
    const user = await createUser();
    const other = await createUser();
    const { cookie } = await signIn(user.id);
    const renamed = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { name: 'New Name' } }));
    expect((await renamed.json()).user.name).toBe('New Name');
    const withoutPassword = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'new@example.test' } }));
    expect(withoutPassword.status).toBe(422);
    expect((await withoutPassword.json()).error.details.fieldErrors.currentPassword[0]).toMatch(/current password/);
    const wrongPassword = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'new@example.test', currentPassword: 'guess' } }));
    expect(wrongPassword.status).toBe(422);
    const taken = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: other.email, currentPassword: user.password } }));
    expect(taken.status).toBe(409);
    const moved = await updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email: 'new@example.test', currentPassword: user.password } }));
    expect((await moved.json()).user.email).toBe('new@example.test');
  });

  it('upgrades a weaker stored hash at the next successful login', async () => {
    const user = await createUser();
    const weak = await hash(user.password, { algorithm: 2 as Algorithm, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await prisma().user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    await loginCookie(user.email, user.password);
    const { passwordHash } = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await loginCookie(user.email, user.password);
  });
});

describe('token clients', () => {
  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const user = await createUser();
    const res = await token(request('/api/auth/token', { method: 'POST', json: { email: user.email, password: user.password } }));
    expect(res.status).toBe(200);
    const first = await res.json();
    expect(first).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect((await me(request('/api/me', { headers: bearer(first.accessToken) }))).status).toBe(200);

    const r2 = await refresh(request('/api/auth/refresh', { method: 'POST', json: { refreshToken: first.refreshToken } }));
    expect(r2.status).toBe(200);
    const second = await r2.json();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(request('/api/me', { headers: bearer(second.accessToken) }))).status).toBe(200);

    // The first refresh token again: a thief or a confused client. The family ends.
    const reuse = await refresh(request('/api/auth/refresh', { method: 'POST', json: { refreshToken: first.refreshToken } }));
    expect(reuse.status).toBe(401);
    expect((await me(request('/api/me', { headers: bearer(second.accessToken) }))).status).toBe(401);
    const afterReuse = await refresh(request('/api/auth/refresh', { method: 'POST', json: { refreshToken: second.refreshToken } }));
    expect(afterReuse.status).toBe(401);
  });

  it('expires access tokens after 15 minutes and ends them at logout', async () => {
    const user = await createUser();
    const pair = await (await token(request('/api/auth/token', { method: 'POST', json: { email: user.email, password: user.password } }))).json();
    const row = await prisma().accessToken.findFirstOrThrow({ where: { session: { userId: user.id } } });
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect((await logout(request('/api/auth/logout', { method: 'POST', headers: bearer(pair.accessToken) }))).status).toBe(200);
    expect((await me(request('/api/me', { headers: bearer(pair.accessToken) }))).status).toBe(401);

    const again = await (await token(request('/api/auth/token', { method: 'POST', json: { email: user.email, password: user.password } }))).json();
    await prisma().accessToken.updateMany({ where: { session: { userId: user.id } }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await me(request('/api/me', { headers: bearer(again.accessToken) }))).status).toBe(401);
    expect((await me(request('/api/me', { headers: bearer('sba_garbage') }))).status).toBe(401);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, scoped read or read-write, record last use, and can be revoked', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const created = await createKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: 'backup script' } }));
    expect(created.status).toBe(201);
    const { apiKey, secret } = await created.json();
    expect(apiKey.scope).toBe('read');
    expect(secret).toMatch(/^sbk_/);
    const stored = await prisma().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.tokenHash).not.toContain(secret.slice(4));
    const listed = await (await listKeys(request('/api/me/api-keys', { cookie }))).json();
    expect(JSON.stringify(listed)).not.toContain(secret);

    expect((await me(request('/api/me', { headers: bearer(secret) }))).status).toBe(200);
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).not.toBeNull();
    const write = await updateMe(request('/api/me', { method: 'PATCH', headers: bearer(secret), json: { name: 'Changed' } }));
    expect(write.status).toBe(403);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Test User');

    const rw = await (await createKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: 'sync', scope: 'read_write' } }))).json();
    const write2 = await updateMe(request('/api/me', { method: 'PATCH', headers: bearer(rw.secret), json: { name: 'Changed' } }));
    expect(write2.status).toBe(200);

    const other = await createUser();
    const foreign = await deleteKey(request(`/api/me/api-keys/${apiKey.id}`, { method: 'DELETE', cookie: (await signIn(other.id)).cookie }), params({ id: apiKey.id }));
    expect(foreign.status).toBe(404);
    const revoked = await deleteKey(request(`/api/me/api-keys/${apiKey.id}`, { method: 'DELETE', cookie }), params({ id: apiKey.id }));
    expect(revoked.status).toBe(200);
    expect((await me(request('/api/me', { headers: bearer(secret) }))).status).toBe(401);
  });
});
