// Admin user management: role changes with a last-admin guard, and deletion through the
// user:delete job, which removes the user's data and queued jobs but never an original file.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as listUsers } from '@/app/api/admin/users/route';
import { DELETE as deleteUser, PATCH as updateUser } from '@/app/api/admin/users/[id]/route';
import { POST as resetLink } from '@/app/api/admin/users/[id]/reset-link/route';
import { POST as createInvite } from '@/app/api/admin/invites/route';
import { POST as forgot } from '@/app/api/auth/forgot-password/route';
import { GET as me } from '@/app/api/me/route';
import { enqueue, enqueueAssetJobs } from '@/lib/jobs/enqueue';
import { putObject } from '@/lib/storage/storage';
import { derivedFileExists } from '../support/derived-files';
import { prisma } from '@/lib/server/db';
import userDelete from '@/worker/tasks/user-delete';
import resetRequest from '@/worker/tasks/auth-reset-request';
import { createUser, params, request, signIn } from '../support/factories';
import { runTasks } from '../support/run-tasks';

const pendingJobs = async () =>
  prisma().$queryRaw<{ task: string; payload: unknown }[]>`
    SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id`;

describe('admin users', () => {
  it('lists users, changes roles, and keeps at least one admin', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const { cookie } = await signIn(admin.id);
    const { users } = await (await listUsers(request('/api/admin/users', { cookie }))).json();
    expect(users.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining([admin.email, user.email]));
    expect(JSON.stringify(users)).not.toContain('argon2');

    const promote = await updateUser(request(`/api/admin/users/${user.id}`, { method: 'PATCH', cookie, json: { role: 'admin' } }), params({ id: user.id }));
    expect((await promote.json()).user.role).toBe('admin');
    const selfDemote = await updateUser(request(`/api/admin/users/${admin.id}`, { method: 'PATCH', cookie, json: { role: 'user' } }), params({ id: admin.id }));
    expect(selfDemote.status).toBe(409);
    const missing = await updateUser(
      request('/api/admin/users/00000000-0000-4000-8000-000000000000', { method: 'PATCH', cookie, json: { role: 'user' } }),
      params({ id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missing.status).toBe(404);
  });

  it('with mail off (no SMTP_HOST), hands the invite link to the admin and queues no mail', async () => {
    const admin = await createUser({ role: 'admin' });
    const { cookie } = await signIn(admin.id);
    const res = await createInvite(request('/api/admin/invites', { method: 'POST', cookie, json: { email: 'new@example.test', role: 'user' } }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.mailed).toBe(false);
    expect(body.url).toMatch(/^http:\/\/localhost:3000\/register\?invite=/);
    expect(await pendingJobs()).toEqual([]);
  });

  it('with mail off, a reset request promises no email and waits in Users for an admin to make the link', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const { cookie } = await signIn(admin.id);
    const asked = await forgot(request('/api/auth/forgot-password', { method: 'POST', json: { email: user.email } }));
    expect(asked.status).toBe(202);
    expect((await asked.json()).message).toMatch(/Ask an administrator/);
    await runTasks({ 'auth:reset-request': resetRequest });
    // No link was made for an anonymous request (so none can leak): the admins see the request.
    expect(await prisma().passwordResetToken.count()).toBe(0);
    expect(await pendingJobs()).toEqual([]);
    const listed = async () =>
      ((await (await listUsers(request('/api/admin/users', { cookie }))).json()).users as { id: string; resetRequestedAt: string | null }[]).find(
        (u) => u.id === user.id,
      )!;
    expect((await listed()).resetRequestedAt).not.toBeNull();
    const made = await resetLink(request(`/api/admin/users/${user.id}/reset-link`, { method: 'POST', cookie }), params({ id: user.id }));
    expect(made.status).toBe(201);
    expect((await made.json()).url).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
    expect((await listed()).resetRequestedAt).toBeNull();
  });

  it('gives the admin a one-hour reset link built from PUBLIC_URL', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const res = await resetLink(request(`/api/admin/users/${user.id}/reset-link`, { method: 'POST', cookie: (await signIn(admin.id)).cookie }), params({ id: user.id }));
    expect(res.status).toBe(201);
    expect((await res.json()).url).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/);
  });

  it('deletes a user: signed out at once, then their data, derived files and queued jobs go, originals stay', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const keep = await createUser();
    const userSession = await signIn(user.id);
    const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-originals-'));
    await writeFile(path.join(root, 'original.jpg'), 'ORIGINAL');
    const library = await prisma().library.create({ data: { ownerId: user.id, name: 'L', rootPath: root } });
    const asset = await prisma().asset.create({
      data: { ownerId: user.id, libraryId: library.id, type: 'photo', relPath: 'original.jpg', size: 8, mtime: new Date(), takenAtLocal: new Date() },
    });
    const key = `thumb/${asset.id}.webp`;
    await putObject(key, Buffer.from('derived'));
    await prisma().derived.create({ data: { assetId: asset.id, kind: 'thumb', storageKey: key, width: 1, height: 1, bytes: 7 } });
    await prisma().apiKey.create({ data: { userId: user.id, name: 'k', tokenHash: `h-${user.id}`, prefix: 'sbk_x' } });
    // Clip files: the user's own, and another user's clip of the user's video (both rows go by cascade).
    const clipKeys: string[] = [];
    for (const maker of [user.id, keep.id]) {
      const storageKey = `clips/${maker}/${asset.id}.gif`;
      await putObject(storageKey, Buffer.from('clip'));
      await prisma().videoClip.create({ data: { userId: maker, assetId: asset.id, startSeconds: 0, endSeconds: 1, format: 'gif', status: 'done', storageKey } });
      clipKeys.push(storageKey);
    }
    const otherLibrary = await prisma().library.create({ data: { ownerId: keep.id, name: 'K', rootPath: `${root}-other` } });
    await prisma().$transaction(async (tx) => {
      await enqueueAssetJobs(tx, 'asset:ingest', [asset.id]);
      await enqueue(tx, 'library:scan', { libraryId: library.id });
      await enqueue(tx, 'library:scan', { libraryId: otherLibrary.id });
    });

    const { cookie } = await signIn(admin.id);
    const self = await deleteUser(request(`/api/admin/users/${admin.id}`, { method: 'DELETE', cookie }), params({ id: admin.id }));
    expect(self.status).toBe(409);
    const res = await deleteUser(request(`/api/admin/users/${user.id}`, { method: 'DELETE', cookie }), params({ id: user.id }));
    expect(res.status).toBe(202);
    expect((await me(request('/api/me', { cookie: userSession.cookie }))).status).toBe(401);

    await runTasks({ 'user:delete': userDelete });
    expect(await prisma().user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await prisma().asset.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().apiKey.count({ where: { userId: user.id } })).toBe(0);
    expect(await derivedFileExists(key)).toBe(false);
    for (const clipKey of clipKeys) expect(await derivedFileExists(clipKey)).toBe(false);
    expect(await readFile(path.join(root, 'original.jpg'), 'utf8')).toBe('ORIGINAL');
    const jobs = await pendingJobs();
    expect(jobs.map((j) => [j.task, (j.payload as { libraryId?: string }).libraryId])).toEqual([['library:scan', otherLibrary.id]]);
    expect(await prisma().user.findUnique({ where: { id: keep.id } })).not.toBeNull();
  });
});

describe('the last active admin', () => {
  // Two admins act at the same moment, each on the other: without the lock both checks see two
  // admins and both changes commit, leaving none.
  const race = async (change: { role?: 'user'; disabled?: true } | 'delete') => {
    const a = await createUser({ role: 'admin' });
    const b = await createUser({ role: 'admin' });
    const [ca, cb] = [(await signIn(a.id)).cookie, (await signIn(b.id)).cookie];
    const act = (cookie: string, target: string) =>
      change === 'delete'
        ? deleteUser(request(`/api/admin/users/${target}`, { method: 'DELETE', cookie }), params({ id: target }))
        : updateUser(request(`/api/admin/users/${target}`, { method: 'PATCH', cookie, json: change }), params({ id: target }));
    const results = await Promise.all([act(ca, b.id), act(cb, a.id)]);
    const statuses = results.map((r) => r.status).sort();
    const admins = await prisma().user.count({ where: { role: 'admin', disabledAt: null } });
    return { statuses, admins };
  };

  it('survives two admins demoting each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      await prisma().user.updateMany({ where: { role: 'admin' }, data: { role: 'user' } });
      const { statuses, admins } = await race({ role: 'user' });
      expect(admins).toBe(1);
      expect(statuses[0]).toBe(200);
      expect(statuses[1]).toBeGreaterThanOrEqual(400);
    }
  });

  it('survives two admins disabling each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      await prisma().user.updateMany({ where: { role: 'admin' }, data: { role: 'user' } });
      const { admins } = await race({ disabled: true });
      expect(admins).toBe(1);
    }
  });

  it('survives two admins deleting each other at once', async () => {
    for (let round = 0; round < 3; round++) {
      await prisma().user.updateMany({ where: { role: 'admin' }, data: { role: 'user' } });
      const { admins, statuses } = await race('delete');
      expect(admins).toBe(1);
      expect(statuses[0]).toBe(202);
    }
  });
});
