// Checked sessions are kept in memory (lib/auth/session-cache.ts), yet a session ended by
// anyone — this process, another web process, the worker, a hand-run SQL statement — stops
// working at once, and when the cache cannot hear about changes it is not used at all.
import { describe, expect, it } from 'vitest';
import { GET as me } from '@/app/api/me/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { POST as emptyTrash } from '@/app/api/trash/empty/route';
import { GET as health } from '@/app/api/health/route';
import { cachedSession } from '@/lib/auth/session-cache';
import { prisma } from '@/lib/server/db';
import { createUser, request, signIn } from '../support/factories';

const status = async (cookie: string) => (await me(request('/api/me', { cookie }))).status;
/** What GET /api/health says of this process's session cache. */
let adminCookie: string | undefined; // the full health report is for administrators
const cacheListening = async () => {
  adminCookie ??= (await signIn((await createUser({ role: 'admin' })).id)).cookie;
  return (await (await health(request('/api/health', { cookie: adminCookie }))).json()).web.sessionCache === 'listening';
};

/** Requests until the answer is `expected` (a notification is on its way), or fails after 5 s. */
async function eventually(cookie: string, expected: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last = 0;
  while (Date.now() < deadline) {
    last = await status(cookie);
    if (last === expected) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`still ${last}, expected ${expected}`);
}

/** Makes a first request (which starts the cache's LISTEN connection) and waits until it listens. */
async function listening(cookie: string): Promise<number> {
  expect(await status(cookie)).toBe(200);
  const deadline = Date.now() + 5_000;
  while (!(await cacheListening()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const rows = await prisma().$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE application_name = 'shoebox-session-cache' AND datname = current_database()`;
  expect(rows).toHaveLength(1);
  return rows[0].pid;
}

describe('session cache', () => {
  it('ends a session revoked by another process (plain SQL) without waiting for the cache to expire', async () => {
    const user = await createUser();
    const { cookie, sessionId } = await signIn(user.id);
    await listening(cookie);
    expect(await status(cookie)).toBe(200); // now answered from memory
    await prisma().$executeRaw`UPDATE sessions SET revoked_at = now() WHERE id = ${sessionId}::uuid`;
    await eventually(cookie, 401);
  });

  it('ends every session of a user disabled or deleted elsewhere', async () => {
    const disabled = await createUser();
    const deleted = await createUser();
    const a = await signIn(disabled.id);
    const b = await signIn(deleted.id);
    await listening(a.cookie);
    expect(await status(b.cookie)).toBe(200);
    await prisma().$executeRaw`UPDATE users SET disabled_at = now() WHERE id = ${disabled.id}::uuid`;
    await prisma().$executeRaw`DELETE FROM users WHERE id = ${deleted.id}::uuid`;
    await eventually(a.cookie, 401);
    await eventually(b.cookie, 401);
  });

  it('shows a changed role or name at the next request', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    await listening(cookie);
    expect((await (await me(request('/api/me', { cookie }))).json()).user.role).toBe('user');
    await prisma().$executeRaw`UPDATE users SET role = 'admin' WHERE id = ${user.id}::uuid`;
    const deadline = Date.now() + 5_000;
    let role = 'user';
    while (role !== 'admin' && Date.now() < deadline) {
      role = (await (await me(request('/api/me', { cookie }))).json()).user.role;
      // A cache hit does no I/O: let the event loop read the notification socket, as it does
      // between real HTTP requests.
      await new Promise((r) => setImmediate(r));
    }
    expect(role).toBe('admin');
  });

  it('checks the database on every request while its notification connection is down', async () => {
    const user = await createUser();
    const { cookie, sessionId } = await signIn(user.id);
    const pid = await listening(cookie);
    await prisma().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    // Wait until this process noticed the loss: health says it checks every request, or (any
    // request reconnects at once) it already listens on a new connection, which starts empty.
    const deadline = Date.now() + 5_000;
    let noticed = false;
    while (!noticed && Date.now() < deadline) {
      const rows = await prisma().$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE application_name = 'shoebox-session-cache' AND datname = current_database()`;
      noticed = !(await cacheListening()) || (rows.length === 1 && rows[0].pid !== pid && (await cacheListening()));
      if (!noticed) await new Promise((r) => setTimeout(r, 10));
    }
    expect(noticed).toBe(true);
    // Revoke without any notification (triggers off on this connection): only a cache that
    // is not trusted while deaf can notice.
    await prisma().$transaction([
      prisma().$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
      prisma().$executeRaw`UPDATE sessions SET revoked_at = now() WHERE id = ${sessionId}::uuid`,
    ]);
    expect(await status(cookie)).toBe(401);
  });

  it('keeps checked sessions through a write that ends none, and drops them after one that does', async () => {
    const reader = await createUser();
    const writer = await createUser();
    const a = await signIn(reader.id);
    const b = await signIn(writer.id);
    await listening(a.cookie);
    expect(await status(a.cookie)).toBe(200); // checked in the database and remembered
    const token = a.cookie.slice(a.cookie.indexOf('=') + 1);
    expect(cachedSession(token)?.id).toBe(reader.id);

    // Another user empties their trash: nobody's session changed, so nobody pays a new check.
    expect((await emptyTrash(request('/api/trash/empty', { method: 'POST', cookie: b.cookie }))).status).toBe(200);
    expect(cachedSession(token)?.id).toBe(reader.id);

    // A logout in this process: checked sessions are forgotten at once, not at the NOTIFY.
    expect((await logout(request('/api/auth/logout', { method: 'POST', cookie: b.cookie }))).status).toBe(200);
    expect(cachedSession(token)).toBeUndefined();
  });
});
