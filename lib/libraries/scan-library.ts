// library:scan. Walks the folder and upserts assets in batches; each batch's new or changed
// files get their ingest jobs in the same transaction. Unchanged files (same size and mtime)
// cost a stat and nothing else. Files no longer there are marked offline, never deleted.
import { prisma } from '@/lib/server/db';
import { enqueueAssetJobs } from '@/lib/server/jobs';
import { log } from '@/lib/server/log';
import { findLibrary, touchLibraryScanned } from './libraries.queries';
import { walkLibrary, type WalkedFile } from './walk-library';

const BATCH = 500;

export interface ScanSummary {
  seen: number;
  queued: number;
  offline: number;
}

export async function scanLibrary(libraryId: string): Promise<ScanSummary | null> {
  const library = await findLibrary(libraryId);
  if (!library) return null; // deleted since the job was queued
  const summary: ScanSummary = { seen: 0, queued: 0, offline: 0 };
  const seenPaths: string[] = [];
  let batch: WalkedFile[] = [];
  const flush = async () => {
    summary.queued += await upsertBatch(library.id, library.ownerId, batch);
    batch = [];
  };
  for await (const file of walkLibrary(library.rootPath)) {
    summary.seen += 1;
    seenPaths.push(file.relPath);
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  summary.offline = await markMissingOffline(library.id, seenPaths);
  await touchLibraryScanned(library.id);
  log.info({ libraryId, ...summary }, 'library scanned');
  return summary;
}

async function upsertBatch(libraryId: string, ownerId: string, files: WalkedFile[]): Promise<number> {
  if (files.length === 0) return 0;
  const paths = files.map((f) => f.relPath);
  const sizes = files.map((f) => f.size);
  // Millisecond ISO strings: the column keeps milliseconds, so equality below is exact.
  const mtimes = files.map((f) => new Date(Math.floor(f.mtimeMs)).toISOString());
  return prisma().$transaction(async (tx) => {
    const changed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, taken_at_local, taken_at_source)
      SELECT ${ownerId}::uuid, ${libraryId}::uuid, 'photo', f.p, f.s, f.m, f.m AT TIME ZONE 'UTC', 'mtime'
      FROM unnest(${paths}::text[], ${sizes}::bigint[], ${mtimes}::timestamptz[]) AS f(p, s, m)
      -- Paths whose assets were deleted by emptying the trash stay out (timeline issue).
      WHERE NOT EXISTS (SELECT 1 FROM ignored_paths ip WHERE ip.library_id = ${libraryId}::uuid AND ip.rel_path = f.p)
      ON CONFLICT (library_id, rel_path) DO UPDATE
        SET size = EXCLUDED.size, mtime = EXCLUDED.mtime, status = 'online',
            ingest_status = 'pending', ingest_error = NULL, updated_at = now()
        WHERE assets.size <> EXCLUDED.size OR assets.mtime <> EXCLUDED.mtime
      RETURNING id`;
    await tx.$executeRaw`
      UPDATE assets SET status = 'online', updated_at = now()
      WHERE library_id = ${libraryId}::uuid AND status = 'offline' AND rel_path = ANY(${paths}::text[])`;
    await enqueueAssetJobs(tx, 'asset:ingest', changed.map((r) => r.id));
    return changed.length;
  });
}

async function markMissingOffline(libraryId: string, seenPaths: string[]): Promise<number> {
  return prisma().$executeRaw`
    UPDATE assets SET status = 'offline', updated_at = now()
    WHERE library_id = ${libraryId}::uuid AND status = 'online' AND NOT (rel_path = ANY(${seenPaths}::text[]))`;
}
