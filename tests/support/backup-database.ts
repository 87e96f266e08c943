// A populated database for backup tests (users, a real corpus ingest, interactions, tags,
// people, markers, comments, queued jobs) and its fingerprint: every table's row count and an
// md5 over all its rows, in public and graphile_worker, to compare a restore with its source.
import pg from 'pg';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser } from './factories';
import { copyCorpus, createLibraryRow } from './library-folder';
import { runQueuedJobs } from './run-jobs';

export async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of ours: its row count and an md5 over all its rows in a stable order. */
export async function fingerprint(url: string): Promise<Record<string, string>> {
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

export async function populateForBackup(): Promise<void> {
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
