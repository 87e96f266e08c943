// A backup that restores: a populated database (users, a real corpus ingest, interactions,
// tags, people, markers, comments, queued jobs) backed up by the real db:backup task,
// restored by the real restore code into a new empty database, and compared table by table:
// the same row count and the same checksum of every row, in public and graphile_worker.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backUpDatabase, BackupFailedError } from '@/lib/backups/back-up-database';
import { restoreDatabase, RestoreRefusedError } from '@/lib/backups/restore-database';
import { enqueue } from '@/lib/jobs/enqueue';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { quoteIdent, withDatabase } from '../setup/database-names';
import { createUser } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

const adminUrl = inject('databaseAdminUrl');
const sourceUrl = process.env.DATABASE_URL!;
const restoredName = `${new URL(sourceUrl).pathname.slice(1)}_restored`;
const restoredUrl = withDatabase(adminUrl, restoredName);
const backupsDir = path.join(process.env.DATA_DIR!, 'backups');

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of ours: its row count and an md5 over all its rows in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    url,
    "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1",
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    // The dump holds the db:backup job that was taking it (running, so not yet deleted); the
    // source has it no more. Every other job row must match.
    const where = name === 'graphile_worker._private_jobs' ? ` WHERE task_id NOT IN (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'db:backup')` : '';
    const [row] = await query<{ n: string; sum: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM ${name} t${where}`);
    result[name] = `${row.n} rows, ${row.sum ?? 'empty'}`;
  }
  return result;
}

async function populate(): Promise<void> {
  const owner = await createUser({ role: 'admin' });
  const other = await createUser();
  const root = await copyCorpus('photos/orientation', 'videos/androidx/mkv_sample_with_chapters.mkv');
  const library = await createLibraryRow(owner.id, root);
  await scanLibrary(library.id);
  await runQueuedJobs(); // ML analyses stay queued: graphile_worker.jobs has rows too
  const assets = await prisma().asset.findMany({ where: { libraryId: library.id }, orderBy: { relPath: 'asc' } });
  const video = assets.find((a) => a.type === 'video')!;
  const photo = assets.find((a) => a.type === 'photo')!;
  await prisma().assetUserState.create({ data: { userId: owner.id, assetId: photo.id, favouriteAt: new Date(), rating: 4 } });
  await prisma().assetUserState.create({ data: { userId: other.id, assetId: video.id, likedAt: new Date(), resumeAt: 1.5, playCount: 2 } });
  const tag = await prisma().tag.create({ data: { ownerId: owner.id, name: 'Holiday', aliases: ['trip'] } });
  await prisma().assetTag.create({ data: { assetId: video.id, tagId: tag.id } });
  const person = await prisma().person.create({ data: { ownerId: owner.id, name: 'Ada' } });
  await prisma().assetPerson.create({ data: { assetId: video.id, personId: person.id } });
  await prisma().marker.create({ data: { assetId: video.id, userId: owner.id, seconds: 1.25, endSeconds: 2.5, title: 'The jump' } });
  await prisma().comment.create({ data: { assetId: video.id, userId: other.id, body: 'Ünïcode — and "quotes"' } });
  await prisma().finishPoint.create({ data: { assetId: video.id, userId: owner.id, seconds: 3 } });
}

beforeAll(async () => {
  await populate();
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
    await expect(attempt).rejects.toThrow(/no file was kept: pg_dump failed .*(refused|connect)/i);
    await expect(attempt).rejects.not.toThrow(/secret-pw/);
    expect(await readdir(dir)).toEqual([]);
  });
});
