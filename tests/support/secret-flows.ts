// Run as a child process (its log is its stdout): every flow that issues or takes a secret —
// login, tokens and refresh, API keys, invites, registration, reset links and resets, password
// change, forgot-password — through the real route handlers. Writes every secret it saw to the
// file named by argv[2], for tests/auth/secrets-in-logs.test.ts to look for in the log.
// argv[3] tags the accounts it makes; argv[4] = "run-jobs" also runs the queued jobs here.
import { writeFileSync } from 'node:fs';
import { POST as createInvite } from '@/app/api/admin/invites/route';
import { POST as resetLink } from '@/app/api/admin/users/[id]/reset-link/route';
import { POST as forgot } from '@/app/api/auth/forgot-password/route';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as refresh } from '@/app/api/auth/refresh/route';
import { POST as register } from '@/app/api/auth/register/route';
import { POST as resetPassword } from '@/app/api/auth/reset-password/route';
import { POST as token } from '@/app/api/auth/token/route';
import { POST as createKey } from '@/app/api/me/api-keys/route';
import { POST as changePassword } from '@/app/api/me/password/route';
import { GET as me } from '@/app/api/me/route';
import { runOnce } from 'graphile-worker';
import { disconnectPrisma } from '@/lib/server/db';
import { requireDatabaseUrl } from '@/lib/server/env';
import { workerLogger } from '@/lib/server/worker-logger';
import { taskList } from '@/worker/task-list';
import { createUser, params, request } from './factories';

const [outFile, tag, then] = process.argv.slice(2);
const secrets: string[] = [];
const keep = (...values: string[]) => secrets.push(...values.filter(Boolean));
const tokenOf = (url: string, name: string) => new URL(url).searchParams.get(name)!;
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const post = (path: string, json: unknown, headers: Record<string, string> = {}) => request(path, { method: 'POST', json, headers });

async function ok(res: Response, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

const admin = await createUser({ role: 'admin', email: `admin-${tag}@example.test` });
keep(admin.password);
await ok(await login(post('/api/auth/login', { email: admin.email, password: `${admin.password}-wrong` })), 401, 'wrong password');
keep(`${admin.password}-wrong`);
const signedIn = await ok(await login(post('/api/auth/login', { email: admin.email, password: admin.password })), 200, 'login');
const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
keep(cookie.split('=')[1]);

const pair = await (await ok(await token(post('/api/auth/token', { email: admin.email, password: admin.password })), 200, 'token')).json();
const rotated = await (await ok(await refresh(post('/api/auth/refresh', { refreshToken: pair.refreshToken })), 200, 'refresh')).json();
keep(pair.accessToken, pair.refreshToken, rotated.accessToken, rotated.refreshToken);
await ok(await me(request('/api/me', { headers: bearer(rotated.accessToken) })), 200, 'bearer');

const key = await (await ok(await createKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: 'k' } })), 201, 'api key')).json();
keep(key.secret);
await ok(await me(request('/api/me', { headers: bearer(key.secret) })), 200, 'api key use');
await ok(await me(request('/api/me', { headers: bearer(`${key.secret.slice(0, -4)}zzzz`) })), 401, 'wrong api key');
keep(`${key.secret.slice(0, -4)}zzzz`);

const bea = { email: `bea-${tag}@example.test`, name: 'Bea', password: `bea passphrase ${tag}` };
const invite = await (await ok(await createInvite(request('/api/admin/invites', { method: 'POST', cookie, json: { email: bea.email } })), 201, 'invite')).json();
keep(tokenOf(invite.url, 'invite'), bea.password);
const registered = await ok(await register(post('/api/auth/register', { ...bea, invite: tokenOf(invite.url, 'invite') })), 201, 'register');
const beaId = (await registered.json()).user.id as string;

const link = await (await ok(await resetLink(request(`/api/admin/users/${beaId}/reset-link`, { method: 'POST', cookie }), params({ id: beaId })), 201, 'reset link')).json();
const newPassword = `bea new passphrase ${tag}`;
keep(tokenOf(link.url, 'token'), newPassword);
await ok(await resetPassword(post('/api/auth/reset-password', { token: tokenOf(link.url, 'token'), password: newPassword })), 200, 'reset');

const beaLogin = await ok(await login(post('/api/auth/login', { email: bea.email, password: newPassword })), 200, 'bea login');
const beaCookie = beaLogin.headers.get('set-cookie')!.split(';')[0];
keep(beaCookie.split('=')[1]);
const changed = `bea changed passphrase ${tag}`;
keep(changed);
await ok(
  await changePassword(request('/api/me/password', { method: 'POST', cookie: beaCookie, json: { currentPassword: newPassword, newPassword: changed, endOtherSessions: true } })),
  200,
  'change password',
);

// Anyone can ask for a reset of any address; the worker makes the link (mail on) or notes it.
await ok(await forgot(post('/api/auth/forgot-password', { email: bea.email })), 202, 'forgot');
await ok(await forgot(post('/api/auth/forgot-password', { email: `nobody-${tag}@example.test` })), 202, 'forgot unknown');

// "run-jobs": this process also runs the queued jobs, as the worker would, with its logger.
if (then === 'run-jobs') await runOnce({ connectionString: requireDatabaseUrl(), taskList, logger: workerLogger, concurrency: 1 });

writeFileSync(outFile, JSON.stringify(secrets));
await disconnectPrisma();
