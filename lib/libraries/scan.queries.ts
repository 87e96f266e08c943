// SQL of library:scan: the batched writes of a scan, the scan's progress row, and what the CLI
// follows (the latest scan, ingest states). The known files it compares with: known-files.queries.ts.
import { type Prisma, prisma } from '@/lib/server/db';
import type { IngestStatus, ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { enqueueAssetJobs } from '@/lib/jobs/enqueue';
import type { ScanCounts } from './libraries.schemas';
import type { MotionFile, ScannedFile } from './pair-live-photos';

export async function markAssetsOffline(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return prisma().$executeRaw`
    UPDATE assets SET status = 'offline', updated_at = now() WHERE id = ANY(${ids}::uuid[]) AND status = 'online'`;
}

export async function markAssetsOnline(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return prisma().$executeRaw`
    UPDATE assets SET status = 'online', updated_at = now() WHERE id = ANY(${ids}::uuid[]) AND status = 'offline'`;
}

// Millisecond ISO strings: the column keeps milliseconds, so later comparisons are exact.
const isoMs = (ms: number) => new Date(Math.floor(ms)).toISOString();

/** New or changed files: upserted, and their ingest queued in the same transaction. */
export async function upsertScannedFiles(libraryId: string, ownerId: string, files: ScannedFile[]): Promise<number> {
  if (files.length === 0) return 0;
  const paths = files.map((f) => f.relPath);
  const sizes = files.map((f) => f.size);
  const types = files.map((f) => f.type);
  const mtimes = files.map((f) => isoMs(f.mtimeMs));
  const motionPaths = files.map((f) => f.motion?.relPath ?? null);
  const motionSizes = files.map((f) => f.motion?.size ?? null);
  const motionMtimes = files.map((f) => (f.motion ? isoMs(f.motion.mtimeMs) : null));
  return prisma().$transaction(async (tx) => {
    const changed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, taken_at_local, taken_at_source, motion_rel_path, motion_size, motion_mtime)
      SELECT ${ownerId}::uuid, ${libraryId}::uuid, f.t::"AssetType", f.p, f.s, f.m, f.m AT TIME ZONE 'UTC', 'mtime', f.mp, f.ms, f.mm
      FROM unnest(${paths}::text[], ${sizes}::bigint[], ${mtimes}::timestamptz[], ${types}::text[],
                  ${motionPaths}::text[], ${motionSizes}::bigint[], ${motionMtimes}::timestamptz[]) AS f(p, s, m, t, mp, ms, mm)
      -- Paths whose assets were deleted by emptying the trash stay out.
      WHERE NOT EXISTS (SELECT 1 FROM ignored_paths ip WHERE ip.library_id = ${libraryId}::uuid AND ip.rel_path = f.p)
      ON CONFLICT (library_id, rel_path) DO UPDATE
        SET size = EXCLUDED.size, mtime = EXCLUDED.mtime,
            motion_rel_path = EXCLUDED.motion_rel_path, motion_size = EXCLUDED.motion_size, motion_mtime = EXCLUDED.motion_mtime,
            status = CASE WHEN assets.status = 'trashed' THEN assets.status ELSE 'online' END,
            ingest_status = 'pending', ingest_error = NULL, updated_at = now()
        WHERE assets.size <> EXCLUDED.size OR assets.mtime <> EXCLUDED.mtime
      RETURNING id`;
    await enqueueAssetJobs(tx, 'asset:ingest', changed.map((r) => r.id));
    return changed.length;
  });
}

/**
 * Photos whose file is unchanged but whose Live Photo video appeared, changed or went: the
 * new video is recorded and only the motion part is remade (the photo stays ready and shown).
 */
export async function updateMotionSources(updates: { id: string; motion: MotionFile | null }[]): Promise<number> {
  if (updates.length === 0) return 0;
  const ids = updates.map((u) => u.id);
  const motionPaths = updates.map((u) => u.motion?.relPath ?? null);
  const motionSizes = updates.map((u) => u.motion?.size ?? null);
  const motionMtimes = updates.map((u) => (u.motion ? isoMs(u.motion.mtimeMs) : null));
  return prisma().$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE assets a SET motion_rel_path = u.mp, motion_size = u.ms, motion_mtime = u.mm, updated_at = now()
      FROM unnest(${ids}::uuid[], ${motionPaths}::text[], ${motionSizes}::bigint[], ${motionMtimes}::timestamptz[]) AS u(id, mp, ms, mm)
      WHERE a.id = u.id`;
    await enqueueAssetJobs(tx, 'asset:motion', ids);
    return ids.length;
  });
}

/**
 * Assets whose file is now a Live Photo's video (made by a scan before the photo was there, or
 * before Shoebox paired them) are forgotten: rows go, with everything attached; the storage
 * keys of their derived files are returned for removal. The files themselves stay untouched.
 */
export async function deleteMotionPartAssets(tx: Prisma.TransactionClient, ids: string[]): Promise<string[]> {
  const derived = await tx.$queryRaw<{ storage_key: string }[]>`SELECT storage_key FROM derived WHERE asset_id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM assets WHERE id = ANY(${ids}::uuid[])`;
  return derived.map((d) => d.storage_key);
}

/** Opens the library_scans row of a scan that starts now; its id. */
export async function insertLibraryScan(libraryId: string, trigger: ScanTrigger): Promise<string> {
  return (await prisma().libraryScan.create({ data: { libraryId, trigger }, select: { id: true } })).id;
}

export async function saveScanCounts(scanId: string, counts: ScanCounts): Promise<void> {
  await prisma().libraryScan.update({ where: { id: scanId }, data: counts });
}

export async function finishLibraryScan(scanId: string, counts: ScanCounts, error: string | null): Promise<void> {
  await prisma().libraryScan.update({
    where: { id: scanId },
    data: { ...counts, status: error === null ? 'done' : 'failed', finishedAt: new Date(), error },
  });
}

/** The newest scan of the library started at or after `since`, or null. */
export function latestScanSince(libraryId: string, since: Date) {
  return prisma().libraryScan.findFirst({ where: { libraryId, startedAt: { gte: since } }, orderBy: { startedAt: 'desc' } });
}

/** How many of the library's assets are in each ingest state (states with none are absent). */
export async function countAssetsByIngestStatus(libraryId: string): Promise<{ status: IngestStatus; count: number }[]> {
  const rows = await prisma().asset.groupBy({ by: ['ingestStatus'], where: { libraryId }, _count: { _all: true } });
  return rows.map((r) => ({ status: r.ingestStatus, count: r._count._all }));
}
