// The only Prisma/SQL of the libraries domain.
import { prisma, type Prisma } from '@/lib/server/db';
import { LIBRARY_SCAN_QUEUE_PREFIX } from '@/lib/jobs/job-registry';
import type { FailedAssetView, LibraryOverview } from './libraries.schemas';

export async function listLibraryRoots(db: Prisma.TransactionClient = prisma()): Promise<string[]> {
  const rows = await db.library.findMany({ select: { rootPath: true } });
  return rows.map((r) => r.rootPath);
}

/** Serialises library creation for the rest of the transaction: the overlap check and the insert become one step. */
export async function lockLibraryRoots(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shoebox:library-roots'))`;
}

export function insertLibrary(tx: Prisma.TransactionClient, data: Prisma.LibraryUncheckedCreateInput) {
  return tx.library.create({ data, select: { id: true, name: true, rootPath: true, ownerId: true } });
}

export function updateLibrarySettings(id: string, data: Prisma.LibraryUpdateInput) {
  return prisma().library.update({ where: { id }, data, select: { id: true, name: true, rootPath: true, ownerId: true } });
}

export function findLibrary(id: string, db: Prisma.TransactionClient = prisma()) {
  return db.library.findUnique({ where: { id } });
}

export function findLibraryByName(name: string) {
  return prisma().library.findFirst({ where: { name } });
}

export async function listLibraryNames(): Promise<string[]> {
  return (await prisma().library.findMany({ select: { name: true } })).map((l) => l.name);
}

/** Libraries with a scan schedule, and when each last had a scheduled scan queued. */
export function listScheduledLibraries() {
  return prisma().library.findMany({
    where: { scanSchedule: { not: null } },
    select: { id: true, scanSchedule: true, scheduledAt: true, createdAt: true },
  });
}

/**
 * Claims a due scheduled scan: moves scheduledAt from what the caller read to now, so of two
 * workers only one succeeds (false for the other).
 */
export async function claimScheduledScan(tx: Prisma.TransactionClient, id: string, readScheduledAt: Date | null, now: Date): Promise<boolean> {
  const { count } = await tx.library.updateMany({ where: { id, scheduledAt: readScheduledAt }, data: { scheduledAt: now } });
  return count === 1;
}

export function listWatchedLibraries() {
  return prisma().library.findMany({ where: { watch: true }, select: { id: true, rootPath: true } });
}

export function touchLibraryScanned(id: string) {
  return prisma().library.update({ where: { id }, data: { lastScannedAt: new Date() } });
}

interface CountRow {
  library_id: string;
  total: bigint;
  pending: bigint;
  ready: bigint;
  failed: bigint;
  offline: bigint;
}

interface ScanStateRow {
  library_id: string;
  running: boolean;
}

export async function listLibraryOverviews(): Promise<LibraryOverview[]> {
  const libraries = await prisma().library.findMany({
    orderBy: { createdAt: 'asc' },
    include: {
      owner: { select: { id: true, name: true, email: true } },
      scans: { orderBy: { startedAt: 'desc' }, take: 1 },
      members: { orderBy: { createdAt: 'asc' }, select: { user: { select: { id: true, name: true } } } },
    },
  });
  const counts = await prisma().$queryRaw<CountRow[]>`
    SELECT library_id,
           count(*) AS total,
           count(*) FILTER (WHERE ingest_status = 'pending') AS pending,
           count(*) FILTER (WHERE ingest_status = 'ready') AS ready,
           count(*) FILTER (WHERE ingest_status = 'failed') AS failed,
           count(*) FILTER (WHERE status = 'offline') AS offline
    FROM assets GROUP BY library_id`;
  const scans = await prisma().$queryRaw<ScanStateRow[]>`
    SELECT substr(queue_name, ${LIBRARY_SCAN_QUEUE_PREFIX.length + 1}::int) AS library_id, bool_or(locked_at IS NOT NULL) AS running
    FROM graphile_worker.jobs
    WHERE task_identifier = 'library:scan' AND queue_name LIKE ${`${LIBRARY_SCAN_QUEUE_PREFIX}%`} GROUP BY 1`;
  const byLibrary = new Map(counts.map((c) => [c.library_id, c]));
  const scanState = new Map(scans.map((s) => [s.library_id, s.running ? 'running' : 'queued'] as const));
  return libraries.map((l) => {
    const c = byLibrary.get(l.id);
    const scan = l.scans[0];
    return {
      id: l.id,
      name: l.name,
      rootPath: l.rootPath,
      includeGlobs: l.includeGlobs,
      excludeGlobs: l.excludeGlobs,
      scanSchedule: l.scanSchedule,
      watch: l.watch,
      lastScan: scan
        ? {
            trigger: scan.trigger,
            status: scan.status,
            startedAt: scan.startedAt.toISOString(),
            finishedAt: scan.finishedAt?.toISOString() ?? null,
            seen: scan.seen,
            added: scan.added,
            changed: scan.changed,
            offline: scan.offline,
            restored: scan.restored,
            queued: scan.queued,
            unsupported: scan.unsupported,
            error: scan.error,
          }
        : null,
      owner: l.owner,
      members: l.members.map((m) => m.user),
      lastScannedAt: l.lastScannedAt?.toISOString() ?? null,
      counts: {
        total: Number(c?.total ?? 0),
        pending: Number(c?.pending ?? 0),
        ready: Number(c?.ready ?? 0),
        failed: Number(c?.failed ?? 0),
        offline: Number(c?.offline ?? 0),
      },
      scanState: scanState.get(l.id) ?? 'idle',
    };
  });
}

/** Files that could not be read (with why), or that are no longer in their folder. */
export async function listProblemAssets(problem: 'failed' | 'offline', limit = 500): Promise<FailedAssetView[]> {
  const rows = await prisma().asset.findMany({
    where: problem === 'failed' ? { ingestStatus: 'failed' } : { status: 'offline' },
    orderBy: [{ libraryId: 'asc' }, { relPath: 'asc' }],
    take: limit,
    select: { id: true, libraryId: true, ownerId: true, relPath: true, ingestError: true, updatedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    libraryId: r.libraryId,
    ownerId: r.ownerId,
    relPath: r.relPath,
    reason: problem === 'failed' ? (r.ingestError ?? 'Unknown reason') : 'Not found in the folder at the last scan; kept until it comes back.',
    updatedAt: r.updatedAt.toISOString(),
  }));
}
