// SQL of library:scan: the known files of a library, the batched writes of a scan, the scan's
// progress row, and what the CLI follows (the latest scan, ingest states).
import { prisma } from '@/lib/server/db';
import type { AssetStatus, IngestStatus, ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { enqueueAssetJobs } from '@/lib/jobs/enqueue';
import type { ScanCounts } from './libraries.schemas';
import type { WalkedFile } from './walk-library';

export interface KnownFile {
  id: string;
  size: number;
  mtimeMs: number;
  status: AssetStatus;
}

export async function loadKnownFiles(libraryId: string): Promise<Map<string, KnownFile>> {
  const rows = await prisma().$queryRaw<{ id: string; rel_path: string; size: bigint; mtime_ms: bigint; status: KnownFile['status'] }[]>`
    SELECT id, rel_path, size, (extract(epoch FROM mtime) * 1000)::bigint AS mtime_ms, status
    FROM assets WHERE library_id = ${libraryId}::uuid`;
  return new Map(rows.map((r) => [r.rel_path, { id: r.id, size: Number(r.size), mtimeMs: Number(r.mtime_ms), status: r.status }]));
}

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

/** New or changed files: upserted, and their ingest queued in the same transaction. */
export async function upsertScannedFiles(libraryId: string, ownerId: string, files: WalkedFile[]): Promise<number> {
  if (files.length === 0) return 0;
  const paths = files.map((f) => f.relPath);
  const sizes = files.map((f) => f.size);
  const types = files.map((f) => f.type);
  // Millisecond ISO strings: the column keeps milliseconds, so later comparisons are exact.
  const mtimes = files.map((f) => new Date(Math.floor(f.mtimeMs)).toISOString());
  return prisma().$transaction(async (tx) => {
    const changed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, taken_at_local, taken_at_source)
      SELECT ${ownerId}::uuid, ${libraryId}::uuid, f.t::"AssetType", f.p, f.s, f.m, f.m AT TIME ZONE 'UTC', 'mtime'
      FROM unnest(${paths}::text[], ${sizes}::bigint[], ${mtimes}::timestamptz[], ${types}::text[]) AS f(p, s, m, t)
      -- Paths whose assets were deleted by emptying the trash stay out.
      WHERE NOT EXISTS (SELECT 1 FROM ignored_paths ip WHERE ip.library_id = ${libraryId}::uuid AND ip.rel_path = f.p)
      ON CONFLICT (library_id, rel_path) DO UPDATE
        SET size = EXCLUDED.size, mtime = EXCLUDED.mtime,
            status = CASE WHEN assets.status = 'trashed' THEN assets.status ELSE 'online' END,
            ingest_status = 'pending', ingest_error = NULL, updated_at = now()
        WHERE assets.size <> EXCLUDED.size OR assets.mtime <> EXCLUDED.mtime
      RETURNING id`;
    await enqueueAssetJobs(tx, 'asset:ingest', changed.map((r) => r.id));
    return changed.length;
  });
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
