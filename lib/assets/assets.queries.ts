// The only Prisma/SQL of the assets domain. Reads for a user come after lib/access said yes
// to the id (owner or library member), so they look the asset up by id alone.
import { keepEditedDate } from '@/lib/asset-edits/asset-edits.queries';
import type { PhotoMetadata } from '@/lib/media/photo-metadata';
import { assetReadSql } from '@/lib/access/access.queries';
import { prisma, selectRowsDirect, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { DerivedKind, TakenAtSource } from '@/lib/server/generated/prisma/enums';

export function findAssetForIngest(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    include: {
      library: { select: { rootPath: true } },
      videoMeta: { select: { posterSeconds: true } },
      // A motion part made before: a re-ingest queues asset:motion to remake or remove it.
      derived: { where: { kind: 'motion' }, select: { id: true } },
    },
  });
}

export function findDerivedFile(assetId: string, kind: DerivedKind) {
  return prisma().derived.findFirst({
    where: { assetId, kind, asset: { status: { not: 'trashed' } } },
    select: { id: true, storageKey: true, bytes: true, createdAt: true },
  });
}

/** The derived file of an asset the user may read (lib/access's asset.read rule, embedded) in
 * one query through the pool: a thumbnail is one request per tile, the bulk of all requests.
 * `thumbhashTail` (the last 8 base64 characters of the asset's thumbhash) is the version the
 * timeline puts in the thumbnail's URL (components/timeline/Tile.tsx). */
export async function selectReadableDerivedFile(userId: string, assetId: string, kind: DerivedKind) {
  const rows = await selectRowsDirect<{ id: string; storage_key: string; bytes: number; created_at: Date; thumbhash_tail: string | null }>(Prisma.sql`
    SELECT d.id, d.storage_key, d.bytes, d.created_at, right(replace(encode(a.thumbhash, 'base64'), E'\n', ''), 8) AS thumbhash_tail
    FROM assets a JOIN derived d ON d.asset_id = a.id AND d.kind = ${kind}::"DerivedKind"
    WHERE a.id = ${assetId}::uuid AND a.status <> 'trashed' AND ${assetReadSql(userId)}`);
  const row = rows[0];
  return row ? { id: row.id, storageKey: row.storage_key, bytes: row.bytes, createdAt: row.created_at, thumbhashTail: row.thumbhash_tail } : null;
}

/** What the zoomed viewer needs to pick its source: the type and whether a rendition exists. */
export function findFullSizeSource(assetId: string) {
  return prisma().asset.findFirst({
    where: { id: assetId, status: { not: 'trashed' } },
    select: { type: true, mime: true, derived: { where: { kind: 'full' }, select: { id: true } } },
  });
}

export async function markAssetFailed(assetId: string, reason: string, fields: IngestedFields | null) {
  await prisma().$transaction(async (tx) => {
    await tx.asset.update({
      where: { id: assetId },
      data: { ingestStatus: 'failed', ingestError: reason.slice(0, 1000), ...(fields ? await withoutEditedDate(tx, assetId, fields) : {}) },
    });
  });
}

/**
 * The fields an ingest writes, less the date when the owner set it by hand (lib/asset-edits):
 * the file's date is then kept as the edit's original, and the edited date stays.
 */
async function withoutEditedDate<F extends IngestedFields>(tx: PrismaTypes.TransactionClient, assetId: string, fields: F): Promise<F> {
  if (!(await keepEditedDate(tx, assetId, fields))) return fields;
  const { takenAtLocal: _local, takenAtUtc: _utc, takenAtSource: _source, ...rest } = fields;
  return rest as F;
}

export async function markAssetOffline(assetId: string) {
  await prisma().asset.update({ where: { id: assetId }, data: { status: 'offline' } });
}

export interface IngestedFields {
  checksum?: Uint8Array<ArrayBuffer>;
  durationMs?: number | null;
  mime?: string;
  takenAtLocal?: Date;
  takenAtUtc?: Date | null;
  takenAtSource?: TakenAtSource;
  orientation?: number | null;
}

export interface DerivedRow {
  kind: DerivedKind;
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
}

/** The EXIF columns, as the metadata reader gives them. */
export type ExifRow = Pick<
  PhotoMetadata,
  'make' | 'model' | 'lens' | 'exposureTime' | 'fNumber' | 'iso' | 'focalLength' | 'latitude' | 'longitude' | 'raw'
>;

export interface VideoMetaRow {
  container: string | null;
  videoCodec: string | null;
  audioCodec: string | null;
  fps: number | null;
  bitrate: number | null;
  rotation: number;
  browserPlayable: boolean;
  /** Text subtitle tracks (embedded and sidecar files). */
  subtitleTracks: number;
}

/** Everything an ingest produced, written at once; rerunning it overwrites the same rows. */
export async function saveIngestResult(
  assetId: string,
  fields: IngestedFields & { width: number; height: number; mime: string; thumbhash: Uint8Array<ArrayBuffer> },
  exif: ExifRow | null,
  derived: DerivedRow[],
  videoMeta: VideoMetaRow | null,
  /** Runs in the same transaction after the rows are written (a video queues its preview media). */
  alsoInTransaction?: (tx: PrismaTypes.TransactionClient) => Promise<void>,
) {
  const exifData = exif ? { ...exif, raw: exif.raw as object } : null;
  await prisma().$transaction(async (tx) => {
    const kept = await withoutEditedDate(tx, assetId, fields);
    await tx.asset.update({ where: { id: assetId }, data: { ...kept, ingestStatus: 'ready', ingestError: null } });
    if (exifData) await tx.exif.upsert({ where: { assetId }, create: { assetId, ...exifData }, update: exifData });
    if (videoMeta) await tx.videoMeta.upsert({ where: { assetId }, create: { assetId, ...videoMeta }, update: videoMeta });
    for (const d of derived) {
      await tx.derived.upsert({
        where: { assetId_kind: { assetId, kind: d.kind } },
        create: { assetId, ...d },
        update: { ...d, createdAt: new Date() },
      });
    }
    await alsoInTransaction?.(tx);
  });
}

/** An offline asset of the same library with the same content: the file's old identity. */
export function findOfflineTwin(libraryId: string, checksum: Uint8Array<ArrayBuffer>, size: bigint, exceptId: string) {
  return prisma().asset.findFirst({
    where: { libraryId, checksum, size, status: 'offline', id: { not: exceptId } },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, relPath: true },
  });
}

export interface MovedFile {
  relPath: string;
  size: bigint;
  mtime: Date;
  /** The Live Photo video the scan found beside the file at its new place. */
  motionRelPath: string | null;
  motionSize: bigint | null;
  motionMtime: Date | null;
}

/** The moved file's fresh row goes; the old asset takes its path and is online again. */
export async function adoptMovedFile(
  newAssetId: string,
  twinId: string,
  file: MovedFile,
  alsoInTransaction?: (tx: PrismaTypes.TransactionClient) => Promise<void>,
) {
  await prisma().$transaction(async (tx) => {
    await tx.asset.delete({ where: { id: newAssetId } });
    await tx.asset.update({ where: { id: twinId }, data: { ...file, status: 'online' } });
    await alsoInTransaction?.(tx);
  });
}
