// The only SQL of duplicates: copies of one file (assets.copy_of, kept by the triggers of
// migration 20261130120000_video_duplicates), video perceptual hashes (video_meta.phash) and
// near-duplicate pairs. Who may see an asset is lib/access's rule (readableAssetSql on alias
// `a`, firstCopyReadableSql/hiddenCopySql for copies); nothing here writes its own.
import { firstCopyReadableSql, hiddenCopySql, readableAssetSql } from '@/lib/access/access.queries';
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';

/** The first copy of this video (copy_of), when the user can read it and it is online: the
 * copy the catalogue shows instead of this one. */
export async function selectReadableFirstCopy(userId: string, assetId: string): Promise<string | null> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.copy_of::text AS id FROM assets a
    WHERE a.id = ${assetId}::uuid AND a.copy_of IS NOT NULL AND ${firstCopyReadableSql(userId)}`;
  return rows[0]?.id ?? null;
}

export interface CopyRow {
  id: string;
  library_id: string;
  library_name: string;
  rel_path: string;
  size: bigint;
  status: 'online' | 'offline' | 'trashed';
  is_first: boolean;
}

/** Every location of this video's file the user can read (the video itself included, trashed
 * copies left out), first copy first. */
export function selectCopies(userId: string, assetId: string): Promise<CopyRow[]> {
  return prisma().$queryRaw<CopyRow[]>`
    SELECT a.id::text AS id, l.id::text AS library_id, l.name AS library_name, a.rel_path, a.size, a.status::text AS status,
           (a.copy_of IS NULL AND a.status <> 'trashed') AS is_first
    FROM assets s
    JOIN assets a ON a.id = s.id OR (a.type = 'video' AND a.checksum = s.checksum AND a.status <> 'trashed')
    JOIN libraries l ON l.id = a.library_id
    WHERE s.id = ${assetId}::uuid AND ${readableAssetSql(userId)}
    ORDER BY a.created_at, a.id`;
}

export function findVideoForPhash(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    select: { type: true, status: true, relPath: true, durationMs: true, library: { select: { rootPath: true } }, videoMeta: { select: { assetId: true } } },
  });
}

/** Widest distance kept in video_duplicate_pairs (Stash's "low" accuracy). */
export const MAX_PAIR_DISTANCE = 10;

/**
 * Stores the hash and replaces this video's pairs: every other hashed video within
 * MAX_PAIR_DISTANCE bits, except its exact copies (same checksum). One sequential scan of
 * video_meta's hashes (popcount of the XOR, on the int8's 8 bytes: `bit_count(int8send(…))`,
 * 3× cheaper than a cast to bit(64)); only the few near ones then look up their checksum (a
 * plain join was planned as a hash of all assets: 280 ms). On 100,000 hashes, under a load of
 * 17 on 2 cores: 40–80 ms, against 15–20 ms for the bare scan. A new hash costs O(n) once,
 * never a page view; the 25 ffmpeg seeks that make the hash cost 1–3 s, so the backfill of a
 * whole collection is bound by ffmpeg, not by this.
 */
export function saveVideoPhash(assetId: string, phash: bigint): Promise<unknown> {
  return prisma().$transaction([
    prisma().videoMeta.update({ where: { assetId }, data: { phash } }),
    prisma().$executeRaw`DELETE FROM video_duplicate_pairs WHERE asset_a = ${assetId}::uuid OR asset_b = ${assetId}::uuid`,
    prisma().$executeRaw`
      WITH s AS (
        SELECT m.asset_id, m.phash, a.checksum FROM video_meta m JOIN assets a ON a.id = m.asset_id
        WHERE m.asset_id = ${assetId}::uuid AND m.phash IS NOT NULL
      ), near AS MATERIALIZED (
        SELECT s.asset_id AS a, o.asset_id AS b, bit_count(int8send(s.phash # o.phash)) AS d, s.checksum AS sc,
               (SELECT oa.checksum FROM assets oa WHERE oa.id = o.asset_id) AS oc
        FROM s JOIN video_meta o ON o.phash IS NOT NULL AND o.asset_id <> s.asset_id
        WHERE bit_count(int8send(s.phash # o.phash)) <= ${MAX_PAIR_DISTANCE}
      )
      INSERT INTO video_duplicate_pairs (asset_a, asset_b, distance)
      SELECT LEAST(n.a, n.b), GREATEST(n.a, n.b), n.d FROM near n
      WHERE n.sc IS NULL OR n.oc IS NULL OR n.sc <> n.oc
      ON CONFLICT DO NOTHING`,
  ]);
}

/** Ready, online videos without a hash (the backfill). */
export async function selectVideosWithoutPhash(limit: number): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a JOIN video_meta m ON m.asset_id = a.id
    WHERE a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready' AND m.phash IS NULL
    ORDER BY a.created_at LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** A video of a pair as the duplicates view shows it; `a` shadows the outer alias on purpose,
 * so lib/access's fragments (written for alias `a`) apply to the pair's second video. */
function visibleVideo(userId: string, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM assets a WHERE a.id = ${id} AND a.status = 'online' AND a.ingest_status = 'ready'
    AND ${readableAssetSql(userId)} AND ${hiddenCopySql(userId)})`;
}

export interface PairRow {
  asset_a: string;
  asset_b: string;
  distance: number;
}

/** Pairs within `distance` whose two videos the user sees in the catalogue (online, readable,
 * not a copy shown as its first copy), minus the pairs they called "not duplicates". */
export function selectPairs(userId: string, distance: number, limit: number): Promise<PairRow[]> {
  return prisma().$queryRaw<PairRow[]>`
    SELECT p.asset_a::text AS asset_a, p.asset_b::text AS asset_b, p.distance::int AS distance
    FROM video_duplicate_pairs p
    WHERE p.distance <= ${distance}
      AND ${visibleVideo(userId, Prisma.sql`p.asset_a`)} AND ${visibleVideo(userId, Prisma.sql`p.asset_b`)}
      AND NOT EXISTS (SELECT 1 FROM video_not_duplicates n
                      WHERE n.user_id = ${userId}::uuid AND n.asset_a = p.asset_a AND n.asset_b = p.asset_b)
    ORDER BY p.distance, p.asset_a, p.asset_b
    LIMIT ${limit}`;
}

export interface PairVideoRow {
  id: string;
  owner_id: string;
  title: string | null;
  rel_path: string;
  duration_ms: number | null;
  width: number | null;
  height: number | null;
  size: bigint;
  created_at: Date;
  library_name: string;
  video_codec: string | null;
  bitrate: number | null;
  phash: bigint | null;
  has_thumb: boolean;
}

/** What the duplicates view shows of each video (ids already checked by selectPairs). */
export function selectPairVideos(ids: string[]): Promise<PairVideoRow[]> {
  return prisma().$queryRaw<PairVideoRow[]>`
    SELECT a.id::text AS id, a.owner_id::text AS owner_id, NULLIF(btrim(a.title), '') AS title, a.rel_path, a.duration_ms, a.width, a.height, a.size,
           a.created_at, l.name AS library_name, m.video_codec, m.bitrate, m.phash,
           EXISTS (SELECT 1 FROM derived d WHERE d.asset_id = a.id AND d.kind = 'thumb') AS has_thumb
    FROM assets a JOIN libraries l ON l.id = a.library_id LEFT JOIN video_meta m ON m.asset_id = a.id
    WHERE a.id = ANY(${ids}::uuid[])`;
}

/** This user's "not duplicates" for a pair (smaller id first); twice is once. */
export function insertNotDuplicates(userId: string, a: string, b: string): Promise<number> {
  const [first, second] = a < b ? [a, b] : [b, a];
  return prisma().$executeRaw`
    INSERT INTO video_not_duplicates (user_id, asset_a, asset_b) VALUES (${userId}::uuid, ${first}::uuid, ${second}::uuid)
    ON CONFLICT DO NOTHING`;
}

/** The video's hash, for its details. */
export async function selectPhash(assetId: string): Promise<bigint | null> {
  const row = await prisma().videoMeta.findUnique({ where: { assetId }, select: { phash: true } });
  return row?.phash ?? null;
}
