// /admin/jobs: a failed file leaves a readable report, the list filters by reason, and a retry
// queues the job again (once) and closes the report.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listFailures } from '@/app/api/admin/job-failures/route';
import { POST as retry } from '@/app/api/admin/job-failures/retry/route';
import { insertJobFailure } from '@/lib/jobs/job-failures.queries';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { mailPayloadSchema } from '@/lib/mail/mail.schemas';
import { prisma } from '@/lib/server/db';
import { createUser, request, signIn } from '../support/factories';
import { createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

let cookie: string;
let libraryId: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-failures-'));
  await writeFile(path.join(root, 'empty.jpg'), '');
  await writeFile(path.join(root, 'not-a-photo.png'), 'plain text with a .png name');
  const admin = await createUser({ role: 'admin' });
  cookie = (await signIn(admin.id)).cookie;
  const library = await prisma().library.update({ where: { id: (await createLibraryRow(admin.id, root)).id }, data: { name: 'Holiday photos' } });
  libraryId = library.id;
  await scanLibrary(library.id);
  await runQueuedJobs();
});

describe('job failure reports', () => {
  it('lists each failed file with its reason, filterable', async () => {
    const res = await listFailures(request('/api/admin/job-failures', { cookie }));
    expect(res.status).toBe(200);
    const { failures, reasons } = await res.json();
    expect(failures).toHaveLength(2);
    expect(failures.map((f: { message: string }) => f.message).sort()).toEqual([
      expect.stringMatching(/./),
      'The file is empty (0 bytes).',
    ].sort());
    expect(reasons.map((r: { count: number }) => r.count)).toEqual([1, 1]);
    // Each report names the file: its library and its path there, not an asset id.
    const subjects = failures.map((f: { subject: unknown }) => f.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        { libraryId, libraryName: 'Holiday photos', relPath: 'empty.jpg' },
        { libraryId, libraryName: 'Holiday photos', relPath: 'not-a-photo.png' },
      ]),
    );

    const filtered = await (await listFailures(request('/api/admin/job-failures?q=empty', { cookie }))).json();
    expect(filtered.failures).toHaveLength(1);
  });

  it('retries one failure: the asset is queued again and the report closes', async () => {
    const { failures } = await (await listFailures(request('/api/admin/job-failures?q=empty', { cookie }))).json();
    const res = await retry(request('/api/admin/job-failures/retry', { method: 'POST', cookie, json: { ids: [failures[0].id] } }));
    expect(await res.json()).toEqual({ retried: 1, skipped: 0 });
    const asset = await prisma().asset.findFirstOrThrow({ where: { relPath: 'empty.jpg' } });
    expect(asset.ingestStatus).toBe('pending');
    const jobs = await prisma().$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'asset:ingest'`;
    expect(jobs).toEqual([{ key: `asset:ingest:${asset.id}` }]);
    const open = await (await listFailures(request('/api/admin/job-failures', { cookie }))).json();
    expect(open.failures).toHaveLength(1);

    // Still empty: it fails again, with a fresh report.
    await runQueuedJobs();
    const again = await (await listFailures(request('/api/admin/job-failures?q=empty', { cookie }))).json();
    expect(again.failures).toHaveLength(1);
    expect(again.failures[0].id).not.toBe(failures[0].id);
  });

  it('is for admins only', async () => {
    const user = await createUser();
    const res = await listFailures(request('/api/admin/job-failures', { cookie: (await signIn(user.id)).cookie }));
    expect(res.status).toBe(403);
  });

  it('masks the live link of a failed mail on screen, and a retry still sends it', async () => {
    const link = `http://localhost:3000/register?invite=${'a1'.repeat(32)}`;
    const payload = mailPayloadSchema.parse({ template: 'invite', to: 'grandma@example.test', data: { url: link, inviterName: 'Ada', expiresAt: new Date().toISOString() } });
    // What the worker's task wrapper records when mail:send throws (SMTP server down).
    await insertJobFailure({ jobId: null, task: 'mail:send', payload, attempt: 1, message: 'connect ECONNREFUSED 127.0.0.1:25' });
    const listed = await listFailures(request('/api/admin/job-failures?q=ECONNREFUSED', { cookie }));
    const text = await listed.text();
    expect(text).not.toContain('a1a1a1a1');
    const [failure] = JSON.parse(text).failures;
    expect(failure.payload).toMatchObject({ template: 'invite', to: 'grandma@example.test', data: { url: '[redacted]', inviterName: 'Ada' } });

    const res = await retry(request('/api/admin/job-failures/retry', { method: 'POST', cookie, json: { ids: [failure.id] } }));
    expect(await res.json()).toEqual({ retried: 1, skipped: 0 });
    const [job] = await prisma().$queryRaw<{ payload: { data: { url: string } } }[]>`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'mail:send'`;
    expect(job.payload.data.url).toBe(link);
  });
});
