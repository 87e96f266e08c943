// The only Prisma/SQL of the uploads domain: upload rows, the limits, the quota's sums under the
// user's row lock, duplicates by checksum among what the user can read, and the asset row an
// upload becomes (with its ingest job, in the same transaction).
import { readableAssetSql } from '@/lib/access/access.queries';
import { enqueueAssetJobs } from '@/lib/jobs/enqueue';
import { prisma, type Prisma } from '@/lib/server/db';
import type { AssetType } from '@/lib/server/generated/prisma/enums';
import { DEFAULT_MAX_FILE_BYTES } from './uploads.schemas';

type Tx = Prisma.TransactionClient;

export async function selectMaxFileBytes(db: Tx = prisma()): Promise<number> {
  const row = await db.uploadSettings.findUnique({ where: { id: 1 }, select: { maxFileBytes: true } });
  return row ? Number(row.maxFileBytes) : DEFAULT_MAX_FILE_BYTES;
}

export async function saveMaxFileBytes(maxFileBytes: number): Promise<void> {
  await prisma().uploadSettings.upsert({
    where: { id: 1 },
    create: { id: 1, maxFileBytes: BigInt(maxFileBytes) },
    update: { maxFileBytes: BigInt(maxFileBytes), updatedAt: new Date() },
  });
}

export async function saveUserQuota(userId: string, quotaBytes: number | null): Promise<boolean> {
  const { count } = await prisma().user.updateMany({ where: { id: userId }, data: { uploadQuotaBytes: quotaBytes === null ? null : BigInt(quotaBytes) } });
  return count === 1;
}

/** Locks the user's row for the rest of the transaction: quota checks and the first upload library happen one at a time per user. */
export async function lockUploader(tx: Tx, userId: string) {
  const rows = await tx.$queryRaw<{ name: string; upload_quota_bytes: bigint | null; upload_library_id: string | null }[]>`
    SELECT name, upload_quota_bytes, upload_library_id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { name: row.name, quotaBytes: row.upload_quota_bytes === null ? null : Number(row.upload_quota_bytes), libraryId: row.upload_library_id } : null;
}

/** What counts against the quota: the files in the user's upload library, plus uploads still running (their full size is reserved). */
export async function sumUsedBytes(db: Tx, userId: string, libraryId: string | null): Promise<number> {
  const rows = await db.$queryRaw<{ used: bigint }[]>`
    SELECT COALESCE((SELECT sum(size) FROM assets WHERE library_id = ${libraryId}::uuid), 0)
         + COALESCE((SELECT sum(size) FROM uploads WHERE user_id = ${userId}::uuid AND status = 'uploading'), 0) AS used`;
  return Number(rows[0]?.used ?? 0);
}

export function findUploadLibrary(db: Tx, libraryId: string) {
  return db.library.findUnique({ where: { id: libraryId }, select: { id: true, name: true, ownerId: true, rootPath: true } });
}

export function insertUploadLibrary(tx: Tx, ownerId: string, name: string, rootPath: string) {
  return tx.library.create({ data: { ownerId, name, rootPath, scanSchedule: null }, select: { id: true, name: true, ownerId: true, rootPath: true } });
}

export async function saveUploadTarget(db: Tx, userId: string, libraryId: string | null): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { uploadLibraryId: libraryId } });
}

export function listOwnLibraries(userId: string) {
  return prisma().library.findMany({ where: { ownerId: userId }, orderBy: { name: 'asc' }, select: { id: true, name: true, rootPath: true } });
}

export async function selectUploadTargetId(userId: string): Promise<string | null> {
  const row = await prisma().user.findUnique({ where: { id: userId }, select: { uploadLibraryId: true } });
  return row?.uploadLibraryId ?? null;
}

export async function selectQuota(userId: string): Promise<number | null> {
  const row = await prisma().user.findUnique({ where: { id: userId }, select: { uploadQuotaBytes: true } });
  return row?.uploadQuotaBytes == null ? null : Number(row.uploadQuotaBytes);
}

export function insertUpload(tx: Tx, data: { userId: string; tusId: string; libraryId: string; fileName: string; size: number; checksum: Buffer }) {
  return tx.upload.create({ data: { ...data, size: BigInt(data.size), checksum: new Uint8Array(data.checksum) }, select: { id: true } });
}

export function findUploadOfUser(tusId: string, userId: string) {
  return prisma().upload.findFirst({ where: { tusId, userId }, select: { id: true, status: true } });
}

export function findUpload(tusId: string) {
  return prisma().upload.findUnique({ where: { tusId } });
}

export async function saveUploadOffset(tusId: string, offset: number): Promise<void> {
  await prisma().upload.updateMany({ where: { tusId, status: 'uploading' }, data: { offset: BigInt(offset), updatedAt: new Date() } });
}

export async function markUploadEnded(tusId: string, status: 'failed' | 'cancelled', error: string | null): Promise<void> {
  await prisma().upload.updateMany({ where: { tusId, status: 'uploading' }, data: { status, error, updatedAt: new Date(), finishedAt: new Date() } });
}

/**
 * Of these checksums, the ones the user already has: a readable asset (not in the trash) with
 * that checksum, or an upload of theirs that became an asset not read yet (no checksum on it).
 */
export async function selectDuplicates(db: Tx, userId: string, checksums: Buffer[]): Promise<{ checksum: string; assetId: string }[]> {
  if (checksums.length === 0) return [];
  const list = checksums.map((c) => new Uint8Array(c));
  const rows = await db.$queryRaw<{ checksum: Buffer; asset_id: string }[]>`
    SELECT DISTINCT ON (checksum) checksum, asset_id FROM (
      SELECT a.checksum, a.id AS asset_id FROM libraries l
        JOIN assets a ON a.library_id = l.id AND a.checksum = ANY(${list}::bytea[])
       WHERE (l.owner_id = ${userId}::uuid OR EXISTS (SELECT 1 FROM library_members m WHERE m.library_id = l.id AND m.user_id = ${userId}::uuid))
         AND a.status <> 'trashed' AND ${readableAssetSql(userId)}
      UNION ALL
      SELECT u.checksum, u.asset_id FROM uploads u JOIN assets a ON a.id = u.asset_id
       WHERE u.user_id = ${userId}::uuid AND u.status = 'done' AND u.checksum = ANY(${list}::bytea[]) AND a.status <> 'trashed'
    ) found ORDER BY checksum, asset_id`;
  return rows.map((r) => ({ checksum: Buffer.from(r.checksum).toString('hex'), assetId: r.asset_id }));
}

/** The uploaded file as an asset (as a scan would record it) and its ingest job; the upload is done. */
export async function insertUploadedAsset(
  tx: Tx,
  upload: { tusId: string; ownerId: string; libraryId: string },
  file: { type: AssetType; relPath: string; size: number; mtime: Date },
): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO assets (owner_id, library_id, type, rel_path, size, mtime, taken_at_local, taken_at_source)
    VALUES (${upload.ownerId}::uuid, ${upload.libraryId}::uuid, ${file.type}::"AssetType", ${file.relPath}, ${file.size},
            ${file.mtime}::timestamptz, ${file.mtime}::timestamptz AT TIME ZONE 'UTC', 'mtime')
    RETURNING id`;
  const assetId = rows[0].id;
  await enqueueAssetJobs(tx, 'asset:ingest', [assetId]);
  await tx.upload.update({
    where: { tusId: upload.tusId },
    data: { status: 'done', assetId, relPath: file.relPath, offset: BigInt(file.size), updatedAt: new Date(), finishedAt: new Date() },
  });
  return assetId;
}

export function listUploadRows(userId: string, take = 200) {
  return prisma().upload.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take,
    include: { asset: { select: { ingestStatus: true } } },
  });
}

/** Unfinished uploads older than the cut-off: their partial files go, then their rows say so. */
export async function listStaleUploads(before: Date): Promise<string[]> {
  const rows = await prisma().upload.findMany({ where: { status: 'uploading', createdAt: { lt: before } }, select: { tusId: true } });
  return rows.map((r) => r.tusId);
}

export async function selectAdminQuotas() {
  const rows = await prisma().$queryRaw<{ id: string; name: string; email: string; upload_quota_bytes: bigint | null; used: bigint }[]>`
    SELECT u.id, u.name, u.email, u.upload_quota_bytes,
           COALESCE((SELECT sum(size) FROM assets a WHERE a.library_id = u.upload_library_id), 0)
         + COALESCE((SELECT sum(size) FROM uploads p WHERE p.user_id = u.id AND p.status = 'uploading'), 0) AS used
    FROM users u WHERE u.disabled_at IS NULL ORDER BY u.name, u.email`;
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, quotaBytes: r.upload_quota_bytes === null ? null : Number(r.upload_quota_bytes), usedBytes: Number(r.used) }));
}

export function findLibraryByRoot(db: Tx, rootPath: string) {
  return db.library.findUnique({ where: { rootPath }, select: { id: true, name: true, ownerId: true, rootPath: true } });
}
