// API keys are a way into the account like a session: a password reset, "sign out my other
// sessions" and disabling the user revoke them (re-enabling does not bring them back; they stay
// listed as revoked), and only a signed-in browser can create or delete keys.
import { describe, expect, it } from 'vitest';
import { PATCH as updateUser } from '@/app/api/admin/users/[id]/route';
import { POST as resetPassword } from '@/app/api/auth/reset-password/route';
import { POST as token } from '@/app/api/auth/token/route';
import { DELETE as deleteKey } from '@/app/api/me/api-keys/[id]/route';
import { GET as listKeys, POST as createKey } from '@/app/api/me/api-keys/route';
import { POST as changePassword } from '@/app/api/me/password/route';
import { GET as me } from '@/app/api/me/route';
import { createResetLink } from '@/lib/auth/request-password-reset';
import { createUser, params, request, signIn } from '../support/factories';

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

async function newKey(cookie: string, scope: 'read' | 'read_write' = 'read_write') {
  const res = await createKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: 'script', scope } }));
  expect(res.status).toBe(201);
  return (await res.json()) as { apiKey: { id: string }; secret: string };
}

async function keyList(cookie: string) {
  return (await (await listKeys(request('/api/me/api-keys', { cookie }))).json()).apiKeys as { id: string; revokedAt: string | null }[];
}

describe('API key revocation', () => {
  it('a password reset revokes every key of the user', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const key = await newKey(cookie);
    expect((await me(request('/api/me', { headers: bearer(key.secret) }))).status).toBe(200);
    const { url } = await createResetLink(user.id);
    const resetToken = new URL(url).searchParams.get('token')!;
    const res = await resetPassword(request('/api/auth/reset-password', { method: 'POST', json: { token: resetToken, password: 'a brand new passphrase' } }));
    expect(res.status).toBe(200);
    expect((await me(request('/api/me', { headers: bearer(key.secret) }))).status).toBe(401);
    const fresh = await signIn(user.id);
    expect((await keyList(fresh.cookie)).map((k) => [k.id, Boolean(k.revokedAt)])).toEqual([[key.apiKey.id, true]]);
  });

  it('"sign out my other sessions" revokes the keys too; a plain password change keeps them', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const key = await newKey(cookie);
    const keep = await changePassword(
      request('/api/me/password', { method: 'POST', cookie, json: { currentPassword: user.password, newPassword: 'second long passphrase', endOtherSessions: false } }),
    );
    expect(keep.status).toBe(200);
    expect((await me(request('/api/me', { headers: bearer(key.secret) }))).status).toBe(200);
    const everywhere = await changePassword(
      request('/api/me/password', { method: 'POST', cookie, json: { currentPassword: 'second long passphrase', newPassword: 'third long passphrase', endOtherSessions: true } }),
    );
    expect(everywhere.status).toBe(200);
    expect((await everywhere.json()).revokedApiKeys).toBe(1);
    expect((await me(request('/api/me', { headers: bearer(key.secret) }))).status).toBe(401);
  });

  it('re-enabling a disabled user does not bring the old keys back; they are listed as revoked', async () => {
    const admin = await createUser({ role: 'admin' });
    const adminCookie = (await signIn(admin.id)).cookie;
    const user = await createUser();
    const key = await newKey((await signIn(user.id)).cookie);
    const patch = (disabled: boolean) =>
      updateUser(request(`/api/admin/users/${user.id}`, { method: 'PATCH', cookie: adminCookie, json: { disabled } }), params({ id: user.id }));
    expect((await patch(true)).status).toBe(200);
    expect((await patch(false)).status).toBe(200);
    expect((await me(request('/api/me', { headers: bearer(key.secret) }))).status).toBe(401);
    const list = await keyList((await signIn(user.id)).cookie);
    expect(list).toHaveLength(1);
    expect(list[0].revokedAt).not.toBeNull();
  });
});

describe('API key management needs a browser session', () => {
  it('refuses to create or delete keys with an API key or an access token', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const key = await newKey(cookie);
    const tokens = await (await token(request('/api/auth/token', { method: 'POST', json: { email: user.email, password: user.password } }))).json();
    for (const credential of [key.secret, tokens.accessToken]) {
      const created = await createKey(request('/api/me/api-keys', { method: 'POST', headers: bearer(credential), json: { name: 'more', scope: 'read_write' } }));
      expect(created.status).toBe(403);
      expect((await created.json()).error.message).toMatch(/browser session/);
      const deleted = await deleteKey(request(`/api/me/api-keys/${key.apiKey.id}`, { method: 'DELETE', headers: bearer(credential) }), params({ id: key.apiKey.id }));
      expect(deleted.status).toBe(403);
    }
    expect(await keyList(cookie)).toHaveLength(1);
    expect((await deleteKey(request(`/api/me/api-keys/${key.apiKey.id}`, { method: 'DELETE', cookie }), params({ id: key.apiKey.id }))).status).toBe(200);
  });
});
