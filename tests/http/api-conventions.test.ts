// The HTTP conventions every route shares: who may call, the error shape, validation → 422,
// same-origin writes, and the health report.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as listLibraries, POST as createLibrary } from '@/app/api/libraries/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { POST as setup } from '@/app/api/setup/route';
import { prisma } from '@/lib/server/db';
import { recordHeartbeat } from '@/lib/jobs/worker-heartbeats.queries';
import { createUser, request, signIn } from '../support/factories';

describe('setup', () => {
  it('validates, creates the first admin once, then is gone', async () => {
    const bad = await setup(request('/api/setup', { method: 'POST', json: { email: 'not-an-email', name: '', password: 'short' } }));
    expect(bad.status).toBe(422);
    const badBody = await bad.json();
    expect(badBody.error.code).toBe('validation_failed');
    expect(Object.keys(badBody.error.details.fieldErrors).sort()).toEqual(['email', 'name', 'password']);

    const notJson = await setup(request('/api/setup', { method: 'POST', body: 'email=x', headers: { 'content-type': 'text/plain' } }));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.code).toBe('bad_request');

    const ok = await setup(request('/api/setup', { method: 'POST', json: { email: 'Admin@Example.test', name: 'Ann', password: 'long enough password' } }));
    expect(ok.status).toBe(201);
    const admin = await prisma().user.findUniqueOrThrow({ where: { email: 'admin@example.test' } });
    expect(admin.role).toBe('admin');
    expect(admin.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const again = await setup(request('/api/setup', { method: 'POST', json: { email: 'b@example.test', name: 'B', password: 'another long password' } }));
    expect(again.status).toBe(404);
    expect(await prisma().user.count()).toBe(1);
  });
});

describe('access', () => {
  it('answers 401 without a session, 403 for a non-admin, 200 for an admin', async () => {
    const anonymous = await listLibraries(request('/api/libraries'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });

    const user = await createUser();
    const asUser = await listLibraries(request('/api/libraries', { cookie: (await signIn(user.id)).cookie }));
    expect(asUser.status).toBe(403);

    const admin = await createUser({ role: 'admin' });
    const asAdmin = await listLibraries(request('/api/libraries', { cookie: (await signIn(admin.id)).cookie }));
    expect(asAdmin.status).toBe(200);
    expect(await asAdmin.json()).toEqual({ libraries: [] });
  });

  it('treats a revoked session or a disabled user as signed out', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    expect((await listLibraries(request('/api/libraries', { cookie }))).status).toBe(200);
    expect((await logout(request('/api/auth/logout', { method: 'POST', cookie }))).status).toBe(200);
    expect((await listLibraries(request('/api/libraries', { cookie }))).status).toBe(401);

    const second = await signIn(admin.id);
    await prisma().user.update({ where: { id: admin.id }, data: { disabledAt: new Date() } });
    expect((await listLibraries(request('/api/libraries', { cookie: second.cookie }))).status).toBe(401);
  });

  it('refuses a cookie-authenticated write from another origin', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'shoebox-lib-'));
    const res = await createLibrary(
      request('/api/libraries', { method: 'POST', cookie, headers: { origin: 'https://evil.example' }, json: { name: 'x', rootPath: folder, ownerId: admin.id } }),
    );
    expect(res.status).toBe(403);
    expect(await prisma().library.count()).toBe(0);
  });
});

describe('health', () => {
  it('reports the database and whether a worker is heartbeating', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const before = await (await health(request('/api/health', { cookie }))).json();
    expect(before.database.reachable).toBe(true);
    expect(before.worker).toMatchObject({ alive: false, lastHeartbeatAt: null });
    expect(before.status).toBe('degraded');

    await recordHeartbeat(['worker-test'], { hostname: 'host-name-for-admins', pid: 4242, concurrency: 2, flags: [] });
    const after = await (await health(request('/api/health', { cookie }))).json();
    expect(after.worker.alive).toBe(true);
    expect(after.status).toBe('ok');
    expect(after.workers).toEqual([expect.objectContaining({ hostname: 'host-name-for-admins', pid: 4242 })]);
  });

  it('tells anyone else only the verdict: no host names, process ids or exit reasons', async () => {
    await recordHeartbeat(['worker-test'], { hostname: 'host-name-for-admins', pid: 4242, concurrency: 2, flags: [] });
    const user = await createUser();
    for (const cookie of [undefined, (await signIn(user.id)).cookie]) {
      const response = await health(request('/api/health', { cookie }));
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ status: 'ok', database: { reachable: true }, worker: { alive: true } });
      expect(text).not.toContain('host-name-for-admins');
      expect(text).not.toContain('4242');
    }
  });
});
