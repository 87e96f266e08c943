// A backup that restores: a populated database (users, a real corpus ingest, interactions,
// tags, people, markers, comments, queued jobs) backed up by the real db:backup task,
// restored by the real restore code into a new empty database, and compared table by table:
// the same row count and the same checksum of every row, in public and graphile_worker.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backUpDatabase, BackupFailedError } from '@/lib/backups/back-up-database';
import { restoreDatabase, RestoreRefusedError } from '@/lib/backups/restore-database';
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { quoteIdent, withDatabase } from '../setup/database-names';
import { fingerprint, populateForBackup, query } from '../support/backup-database';
import { runQueuedJobs } from '../support/run-jobs';

const adminUrl = inject('databaseAdminUrl');
const sourceUrl = process.env.DATABASE_URL!;
const restoredName = `${new URL(sourceUrl).pathname.slice(1)}_restored`;
const restoredUrl = withDatabase(adminUrl, restoredName);
const backupsDir = path.join(process.env.DATA_DIR!, 'backups');

beforeAll(async () => {
  await populateForBackup();
  await query(adminUrl, `CREATE DATABASE ${quoteIdent(restoredName)}`);
}, 180_000);

afterAll(async () => {
  await query(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(restoredName)} WITH (FORCE)`);
});

describe('backup and restore', () => {
  let backupFile: string;

  it('the nightly task writes one complete dump into DATA_DIR/backups', async () => {
    await enqueue(prisma(), 'db:backup', {});
    await runQueuedJobs();
    const files = await readdir(backupsDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^shoebox-\d{8}-\d{6}\.dump$/);
    backupFile = path.join(backupsDir, files[0]);
    expect((await stat(backupFile)).mode & 0o777, 'a dump holds every user’s data: owner-only').toBe(0o600);
    const failures = await prisma().jobFailure.count({ where: { task: 'db:backup' } });
    expect(failures).toBe(0);
  });

  it('restores into a new database with every table’s rows equal', async () => {
    const before = await fingerprint(sourceUrl);
    expect(Number(before['public.assets'].split(' ')[0])).toBeGreaterThan(10);
    expect(Number(before['graphile_worker._private_jobs'].split(' ')[0])).toBeGreaterThan(0);

    const result = await restoreDatabase({ databaseUrl: restoredUrl, file: backupFile });

    expect(await fingerprint(restoredUrl)).toEqual(before);
    expect(result.migrationsApplied).toEqual([]);
    expect(result.tables.find((t) => t.table === 'public.markers')?.rows).toBe(1);
  }, 120_000);

  it('refuses a database that has tables, and leaves it as it was', async () => {
    const before = await fingerprint(sourceUrl);
    await expect(restoreDatabase({ databaseUrl: sourceUrl, file: backupFile })).rejects.toThrow(RestoreRefusedError);
    await expect(restoreDatabase({ databaseUrl: sourceUrl, file: backupFile })).rejects.toThrow(/is not empty \(\d+ tables/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  });

  it('a dump that fails leaves no file and says why', async () => {
    const dir = path.join(process.env.DATA_DIR!, 'failed-backups');
    const unreachable = 'postgres://postgres:secret-pw@127.0.0.1:9/shoebox';
    const attempt = backUpDatabase({ databaseUrl: unreachable, dir });
    await expect(attempt).rejects.toThrow(BackupFailedError);
    await expect(attempt).rejects.toThrow(/no file was kept: .*(refused|connect)/i);
    await expect(attempt).rejects.not.toThrow(/secret-pw/);
    expect(await readdir(dir)).toEqual([]);
  });
});
