// Unique rules under parallel requests (issue 10): the check before a write can pass for two
// requests at once. The loser must get a clear 409 or 422 in the error shape — never a 500 —
// and the rule must hold: one library per folder (nor nested ones), one account per email.
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATCH as updateMe } from '@/app/api/me/route';
import { POST as createLibrary } from '@/app/api/libraries/route';
import { prisma } from '@/lib/server/db';
import { createUser, request, signIn } from '../support/factories';

let adminCookie: string;
let adminId: string;
let base: string;

beforeAll(async () => {
  const admin = await createUser({ role: 'admin' });
  adminId = admin.id;
  adminCookie = (await signIn(admin.id)).cookie;
  base = await mkdtemp(path.join(os.tmpdir(), 'shoebox-races-'));
});

async function addLibrary(rootPath: string, name: string) {
  const res = await createLibrary(request('/api/libraries', { method: 'POST', cookie: adminCookie, json: { name, rootPath, ownerId: adminId } }));
  return { status: res.status, body: await res.json() };
}

describe('parallel writes to unique things', () => {
  it('creates one library when ten requests add the same folder at once', async () => {
    const root = path.join(base, 'same');
    await mkdir(root);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => addLibrary(root, `Same ${i}`)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 409 || s === 422)).toBe(true);
    for (const r of results.filter((x) => x.status !== 201)) expect(r.body.error.message).toEqual(expect.any(String));
    expect(await prisma().library.count({ where: { rootPath: root } })).toBe(1);
  });

  it('never saves two nested folders added at once', async () => {
    for (let round = 0; round < 5; round++) {
      const outer = path.join(base, `outer-${round}`);
      const inner = path.join(outer, 'inner');
      await mkdir(inner, { recursive: true });
      const results = await Promise.all([addLibrary(outer, `Outer ${round}`), addLibrary(inner, `Inner ${round}`)]);
      expect(results.map((r) => r.status).filter((s) => s === 201), `round ${round}`).toHaveLength(1);
      expect(results.every((r) => r.status !== 500)).toBe(true);
    }
  });

  it('gives an email to one account when two people take it at once; the other gets 409', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = await Promise.all([createUser(), createUser()]);
      const [ca, cb] = await Promise.all([signIn(a.id), signIn(b.id)]);
      const email = `wanted-${round}@example.test`;
      const change = (cookie: string, password: string) =>
        updateMe(request('/api/me', { method: 'PATCH', cookie, json: { email, currentPassword: password } }));
      const responses = await Promise.all([change(ca.cookie, a.password), change(cb.cookie, b.password)]);
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      const loser = responses.find((r) => r.status === 409)!;
      expect((await loser.json()).error.code).toBe('conflict');
      expect(await prisma().user.count({ where: { email } })).toBe(1);
    }
  });
});
