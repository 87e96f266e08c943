// The overview's slow-moving half: users, libraries, derived files and growth. Each big table
// is read once: assets grouped by (library, month, type) feeds both the library rows and the
// growth chart, derived grouped by (kind, month) both the per-kind storage and its growth.
import { Prisma } from '@/lib/server/generated/prisma/client';
import { prisma } from '@/lib/server/db';

/** The month a row was added, exactly as the migration's statistics name it (the planner then
 * knows there are a few hundred months, not one per row, and hashes instead of sorting). */
const MONTH_ADDED = Prisma.sql`date_trunc('month', created_at AT TIME ZONE 'UTC')`;

export async function countUsers() {
  const [row] = await prisma().$queryRaw<{ total: bigint; admins: bigint; disabled: bigint; pending_invites: bigint }[]>`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE role = 'admin') AS admins,
           count(*) FILTER (WHERE disabled_at IS NOT NULL) AS disabled,
           (SELECT count(*) FROM invites WHERE used_at IS NULL AND expires_at > now()) AS pending_invites
    FROM users`;
  return { total: Number(row.total), admins: Number(row.admins), disabled: Number(row.disabled), pendingInvites: Number(row.pending_invites) };
}

export function listLibrariesWithOwner() {
  return prisma().library.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, rootPath: true, lastScannedAt: true, owner: { select: { name: true } } },
  });
}

export interface AssetMonthRow {
  libraryId: string;
  /** 'YYYY-MM', UTC. */
  month: string;
  type: 'photo' | 'video';
  files: number;
  offline: number;
  bytes: number;
}

/** Every asset row once, by library, month added and type: a few hundred rows for a household. */
export async function sumAssetsByLibraryMonth(): Promise<AssetMonthRow[]> {
  const rows = await prisma().$queryRaw<{ library_id: string; month: string; type: 'photo' | 'video'; files: bigint; offline: bigint; bytes: bigint | null }[]>`
    SELECT library_id, to_char(month, 'YYYY-MM') AS month, type::text AS type, files, offline, bytes FROM (
      SELECT library_id, ${MONTH_ADDED} AS month, type,
             count(*) AS files, count(*) FILTER (WHERE status = 'offline') AS offline, sum(size) AS bytes
      FROM assets GROUP BY 1, 2, 3) AS grouped`;
  return rows.map((r) => ({ libraryId: r.library_id, month: r.month, type: r.type, files: Number(r.files), offline: Number(r.offline), bytes: Number(r.bytes ?? 0) }));
}

export interface DerivedMonthRow {
  kind: string;
  month: string;
  files: number;
  bytes: number;
}

/** Derived files by kind and month made, from their rows: the same wherever the files live (disk or S3). */
export async function sumDerivedByKindMonth(): Promise<DerivedMonthRow[]> {
  const rows = await prisma().$queryRaw<{ kind: string; month: string; files: bigint; bytes: bigint | null }[]>`
    SELECT kind::text AS kind, to_char(month, 'YYYY-MM') AS month, files, bytes FROM (
      SELECT kind, ${MONTH_ADDED} AS month, count(*) AS files, sum(bytes) AS bytes
      FROM derived GROUP BY 1, 2) AS grouped`;
  return rows.map((r) => ({ kind: r.kind, month: r.month, files: Number(r.files), bytes: Number(r.bytes ?? 0) }));
}
