// Adding a library: the folder must be absolute, existing, readable, outside the data dir,
// and not overlap another library; a good one is saved with its first scan queued.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createLibrary } from '@/app/api/libraries/route';
import { prisma } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { createUser, request, signIn } from '../support/factories';

let cookie: string;
let ownerId: string;
let base: string;

beforeAll(async () => {
  const admin = await createUser({ role: 'admin' });
  ownerId = admin.id;
  cookie = (await signIn(admin.id)).cookie;
  base = await mkdtemp(path.join(os.tmpdir(), 'shoebox-libs-'));
});

async function add(rootPath: string, name = 'Photos') {
  const res = await createLibrary(request('/api/libraries', { method: 'POST', cookie, json: { name, rootPath, ownerId } }));
  return { status: res.status, body: await res.json() };
}

describe('POST /api/libraries', () => {
  it.each([
    ['relative', () => 'photos', /absolute/],
    ['missing', () => path.join(base, 'nope'), /does not exist/],
    ['a file', () => path.join(base, 'file.jpg'), /is a file/],
    ['the data dir', () => env.DATA_DIR, /data folder/],
    ['inside the data dir', () => path.join(env.DATA_DIR, 'inner'), /data folder/],
  ])('refuses a folder that is %s, with a message on the field', async (_label, folder, message) => {
    await writeFile(path.join(base, 'file.jpg'), 'x');
    await mkdir(path.join(env.DATA_DIR, 'inner'), { recursive: true });
    const { status, body } = await add(folder());
    expect(status).toBe(422);
    expect(body.error.details.fieldErrors.rootPath[0]).toMatch(message);
  });

  it('saves a good folder and queues its first scan; nested and overlapping ones are refused', async () => {
    const root = path.join(base, 'ann');
    await mkdir(path.join(root, 'inner'), { recursive: true });
    await mkdir(path.join(base, 'anna'), { recursive: true });
    const ok = await add(root);
    expect(ok.status).toBe(201);
    const jobs = await prisma().$queryRaw<{ task_identifier: string; queue_name: string }[]>`
      SELECT task_identifier, queue_name FROM graphile_worker.jobs`;
    expect(jobs).toEqual([{ task_identifier: 'library:scan', queue_name: `library-scan:${ok.body.library.id}` }]);

    expect((await add(path.join(root, 'inner'))).body.error.details.fieldErrors.rootPath[0]).toMatch(/overlaps the library/);
    expect((await add(base)).body.error.details.fieldErrors.rootPath[0]).toMatch(/overlaps the library/);
    // /ann does not contain /anna: the boundary is a path separator, not a string prefix.
    expect((await add(path.join(base, 'anna'), 'Anna')).status).toBe(201);
  });
});
