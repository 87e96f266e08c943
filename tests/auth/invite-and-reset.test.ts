// Invites and password resets end to end through the route handlers, the real mail:send task
// and a real SMTP server on loopback.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtp } from '../support/smtp';

// Mail settings must be in the environment before any app module reads it.
const smtp = await startSmtp();
process.env.SMTP_HOST = '127.0.0.1';
process.env.SMTP_PORT = String(smtp.port);
process.env.SMTP_FROM = 'Shoebox <shoebox@example.test>';

const { POST: createInvite } = await import('@/app/api/admin/invites/route');
const { POST: register } = await import('@/app/api/auth/register/route');
const { POST: forgot } = await import('@/app/api/auth/forgot-password/route');
const { POST: reset } = await import('@/app/api/auth/reset-password/route');
const { POST: login } = await import('@/app/api/auth/login/route');
const { GET: me } = await import('@/app/api/me/route');
const { prisma } = await import('@/lib/server/db');
const { createUser, request, signIn } = await import('../support/factories');
const { runTasks } = await import('../support/run-tasks');
const { default: mailSend } = await import('@/worker/tasks/mail-send');
const { default: resetRequest } = await import('@/worker/tasks/auth-reset-request');
const runQueuedJobs = () => runTasks({ 'mail:send': mailSend, 'auth:reset-request': resetRequest });

afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  await prisma().rateLimit.deleteMany();
});

async function inviteAs(adminCookie: string, body: Record<string, unknown>) {
  const res = await createInvite(request('/api/admin/invites', { method: 'POST', cookie: adminCookie, json: body }));
  expect(res.status).toBe(201);
  return (await res.json()) as { url: string; mailed: boolean; invite: { id: string; email: string | null; role: string } };
}

const registerBody = (invite: string, email: string) => ({ invite, email, name: 'Bea', password: 'a long and fine passphrase' });

describe('invites', () => {
  it('mails a single-use link that creates exactly the invited account', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const created = await inviteAs(cookie, { email: 'Bea@Example.test' });
    expect(created.mailed).toBe(true);
    expect(created.invite.role).toBe('user');
    const stored = await prisma().invite.findUniqueOrThrow({ where: { id: created.invite.id } });
    const token = new URL(created.url).searchParams.get('invite')!;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    await runQueuedJobs();
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].subject).toContain('invited you');
    expect(smtp.messages[0].html).toContain('/register?invite=');
    const link = smtp.linkIn('bea@example.test', '/register');
    expect(link.origin).toBe('http://localhost:3000');
    expect(link.searchParams.get('invite')).toBe(token);

    // Bound to its address.
    const wrongEmail = await register(request('/api/auth/register', { method: 'POST', json: registerBody(token, 'eve@example.test') }));
    expect(wrongEmail.status).toBe(422);

    const ok = await register(request('/api/auth/register', { method: 'POST', json: registerBody(token, 'bea@example.test') }));
    expect(ok.status).toBe(201);
    const cookie2 = ok.headers.get('set-cookie')!.split(';')[0];
    const who = await (await me(request('/api/me', { cookie: cookie2 }))).json();
    expect(who.user).toMatchObject({ email: 'bea@example.test', role: 'user' });

    const again = await register(request('/api/auth/register', { method: 'POST', json: registerBody(token, 'bea2@example.test') }));
    expect(again.status).toBe(400);
    expect(await prisma().user.count()).toBe(2);
  });

  it('refuses expired, unknown and missing invites, and redeems one invite once under a race', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const expired = await inviteAs(cookie, {});
    expect(expired.mailed).toBe(false);
    await prisma().invite.update({ where: { id: expired.invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expiredToken = new URL(expired.url).searchParams.get('invite')!;
    expect((await register(request('/api/auth/register', { method: 'POST', json: registerBody(expiredToken, 'x@example.test') }))).status).toBe(400);
    expect((await register(request('/api/auth/register', { method: 'POST', json: registerBody('not-a-real-invite-token-at-all', 'x@example.test') }))).status).toBe(400);
    expect((await register(request('/api/auth/register', { method: 'POST', json: { email: 'x@example.test', name: 'X', password: 'a long and fine passphrase' } }))).status).toBe(422);

    const raced = await inviteAs(cookie, { role: 'admin' });
    const token = new URL(raced.url).searchParams.get('invite')!;
    const results = await Promise.all(
      ['one', 'two', 'three', 'four'].map((n) =>
        register(request('/api/auth/register', { method: 'POST', json: registerBody(token, `${n}@example.test`) })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400]);
    const users = await prisma().user.findMany({ where: { email: { in: ['one', 'two', 'three', 'four'].map((n) => `${n}@example.test`) } } });
    expect(users).toHaveLength(1);
    expect(users[0].role).toBe('admin');
  });

  it('is for admins only and refuses weak passwords', async () => {
    const user = await createUser();
    const res = await createInvite(request('/api/admin/invites', { method: 'POST', cookie: (await signIn(user.id)).cookie, json: {} }));
    expect(res.status).toBe(403);
    const admin = await createUser({ role: 'admin' });
    const { url } = await inviteAs((await signIn(admin.id)).cookie, {});
    const token = new URL(url).searchParams.get('invite')!;
    const weak = await register(request('/api/auth/register', { method: 'POST', json: { ...registerBody(token, 'w@example.test'), password: 'iloveyou' } }));
    expect(weak.status).toBe(422);
    // A refused registration leaves the invite usable.
    expect((await register(request('/api/auth/register', { method: 'POST', json: registerBody(token, 'w@example.test') }))).status).toBe(201);
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses and mails only real accounts, with a link from PUBLIC_URL', async () => {
    const user = await createUser({ email: 'carl@example.test' });
    const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const known = await forgot(request('/api/auth/forgot-password', { method: 'POST', headers: spoofed, json: { email: 'Carl@example.test' } }));
    const unknown = await forgot(request('/api/auth/forgot-password', { method: 'POST', headers: spoofed, json: { email: 'nobody@example.test' } }));
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());

    await runQueuedJobs();
    expect(smtp.messages).toHaveLength(1);
    expect(JSON.stringify(smtp.messages[0].to)).toContain(user.email);
    expect(smtp.messages[0].html).toContain('reset-password?token=');
    const link = smtp.linkIn(user.email, '/reset-password');
    expect(link.origin).toBe('http://localhost:3000');
    const stored = await prisma().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(link.searchParams.get('token')!);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600 * 1000);
  });

  it('sets the new password once, ends every session, and refuses a used or expired token', async () => {
    const user = await createUser({ email: 'dora@example.test' });
    const first = await signIn(user.id);
    const second = await signIn(user.id);
    await forgot(request('/api/auth/forgot-password', { method: 'POST', json: { email: user.email } }));
    await runQueuedJobs();
    const token = smtp.linkIn(user.email, '/reset-password').searchParams.get('token')!;

    const ok = await reset(request('/api/auth/reset-password', { method: 'POST', json: { token, password: 'brand new passphrase here' } }));
    expect(ok.status).toBe(200);
    for (const { cookie } of [first, second]) expect((await me(request('/api/me', { cookie }))).status).toBe(401);
    const loginNew = await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: 'brand new passphrase here' } }));
    expect(loginNew.status).toBe(200);
    const loginOld = await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: user.password } }));
    expect(loginOld.status).toBe(401);

    const reused = await reset(request('/api/auth/reset-password', { method: 'POST', json: { token, password: 'yet another passphrase' } }));
    expect(reused.status).toBe(400);

    await forgot(request('/api/auth/forgot-password', { method: 'POST', json: { email: user.email } }));
    await runQueuedJobs();
    const late = smtp.linkIn(user.email, '/reset-password').searchParams.get('token')!;
    await prisma().passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await reset(request('/api/auth/reset-password', { method: 'POST', json: { token: late, password: 'yet another passphrase' } }));
    expect(expired.status).toBe(400);
  });
});
