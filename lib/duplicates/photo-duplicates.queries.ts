// The SQL of photo duplicates: pHashes (analyses.phash), near pairs (photo_duplicate_pairs),
// exact copies by checksum, a user's "not duplicates", and the row lock that makes "keep this
// one" decide once. Groups are one owner's photos only (the owner is who may trash them).
import { readableAssetSql } from '@/lib/access/access.queries';
import { type Prisma as PrismaTypes, prisma } from '@/lib/server/db';

/** Writes a hash (the part's done marker), alone: the pairs follow in replacePhotoPairs. */
export async function savePhash(assetId: string, phash: bigint): Promise<void> {
  await prisma().$executeRaw`
    INSERT INTO analyses (asset_id, phash, updated_at) VALUES (${assetId}::uuid, ${phash}, now())
    ON CONFLICT (asset_id) DO UPDATE SET phash = EXCLUDED.phash, updated_at = now()`;
}

export interface PhashRow {
  id: string;
  phash: bigint;
}

/** An owner's hashed photos (not trashed), those changed since `since` when given. */
export function selectOwnerPhashes(ownerId: string, since: Date | null): Promise<PhashRow[]> {
  return prisma().$queryRaw<PhashRow[]>`
    SELECT a.id::text AS id, an.phash FROM analyses an JOIN assets a ON a.id = an.asset_id
    WHERE a.owner_id = ${ownerId}::uuid AND a.type = 'photo' AND a.status <> 'trashed' AND an.phash IS NOT NULL
      AND (${since}::timestamptz IS NULL OR an.updated_at >= ${since}::timestamptz)`;
}

/** Photo owners with hashes (the full regrouping walks them). */
export async function selectPhotoOwners(): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT DISTINCT a.owner_id::text AS id FROM analyses an JOIN assets a ON a.id = an.asset_id
    WHERE a.type = 'photo' AND an.phash IS NOT NULL`;
  return rows.map((r) => r.id);
}

export interface NearPair {
  a: string;
  b: string;
  distance: number;
}

/** Replaces the pairs of one photo; a partner deleted or given to another owner meanwhile is
 * left out by the join. */
export function replacePhotoPairs(assetId: string, pairs: NearPair[]): Promise<unknown> {
  return prisma().$transaction([
    prisma().$executeRaw`DELETE FROM photo_duplicate_pairs WHERE asset_a = ${assetId}::uuid OR asset_b = ${assetId}::uuid`,
    insertPairs(prisma(), pairs),
  ]);
}

function insertPairs(db: PrismaTypes.TransactionClient, pairs: NearPair[]) {
  const [as, bs, ds] = [pairs.map((p) => (p.a < p.b ? p.a : p.b)), pairs.map((p) => (p.a < p.b ? p.b : p.a)), pairs.map((p) => p.distance)];
  return db.$executeRaw`
    INSERT INTO photo_duplicate_pairs (asset_a, asset_b, distance)
    SELECT x.a, x.b, x.d FROM unnest(${as}::uuid[], ${bs}::uuid[], ${ds}::int[]) AS x(a, b, d)
    JOIN assets pa ON pa.id = x.a JOIN assets pb ON pb.id = x.b
    WHERE pa.owner_id = pb.owner_id AND x.a <> x.b
    ON CONFLICT (asset_a, asset_b) DO UPDATE SET distance = EXCLUDED.distance`;
}

/** Replaces every pair of an owner's photos (the full regrouping), in one transaction. */
export function replaceOwnerPairs(ownerId: string, pairs: NearPair[]): Promise<unknown> {
  return prisma().$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM photo_duplicate_pairs p USING assets a WHERE a.id = p.asset_a AND a.owner_id = ${ownerId}::uuid`;
    for (let i = 0; i < pairs.length; i += 10_000) await insertPairs(tx, pairs.slice(i, i + 10_000));
  }, { timeout: 120_000 });
}

/** The user's near pairs among their own online photos, and their exact copies by checksum. */
export function selectUserPhotoPairs(userId: string): Promise<NearPair[]> {
  return prisma().$queryRaw<NearPair[]>`
    SELECT p.asset_a::text AS a, p.asset_b::text AS b, p.distance::int AS distance FROM photo_duplicate_pairs p
    JOIN assets a ON a.id = p.asset_a JOIN assets b ON b.id = p.asset_b
    WHERE a.owner_id = ${userId}::uuid AND b.owner_id = ${userId}::uuid AND a.type = 'photo' AND b.type = 'photo'
      AND a.status = 'online' AND b.status = 'online'
    UNION ALL
    SELECT g.ids[1]::text, x.id::text, 0 FROM (
      SELECT array_agg(a.id ORDER BY a.created_at, a.id) AS ids FROM assets a
      WHERE a.owner_id = ${userId}::uuid AND a.type = 'photo' AND a.status = 'online' AND a.checksum IS NOT NULL AND ${readableAssetSql(userId)}
      GROUP BY a.checksum HAVING count(*) > 1
    ) g, unnest(g.ids[2:]) AS x(id)`;
}

/** The pairs (smaller id first) this user said are not duplicates, among these photos. */
export async function selectNotDuplicates(userId: string, ids: string[]): Promise<Set<string>> {
  const rows = await prisma().$queryRaw<{ a: string; b: string }[]>`
    SELECT asset_a::text AS a, asset_b::text AS b FROM photo_not_duplicates
    WHERE user_id = ${userId}::uuid AND asset_a = ANY(${ids}::uuid[])`;
  return new Set(rows.map((r) => `${r.a}/${r.b}`));
}

export interface GroupPhotoRow {
  id: string;
  rel_path: string;
  width: number | null;
  height: number | null;
  size: bigint;
  taken_at: Date | null;
  quality: number | null;
  has_thumb: boolean;
  checksum: string | null;
}

/** What the duplicates page shows of each photo (ids come from selectUserPhotoPairs). */
export function selectGroupPhotos(ids: string[]): Promise<GroupPhotoRow[]> {
  return prisma().$queryRaw<GroupPhotoRow[]>`
    SELECT a.id::text AS id, a.rel_path, a.width, a.height, a.size, a.taken_at_local AS taken_at,
           an.quality, encode(a.checksum, 'hex') AS checksum,
           EXISTS (SELECT 1 FROM derived d WHERE d.asset_id = a.id AND d.kind = 'thumb') AS has_thumb
    FROM assets a LEFT JOIN analyses an ON an.asset_id = a.id
    WHERE a.id = ANY(${ids}::uuid[])`;
}

/** Every pair of a dismissed group, for this user; twice is once. */
export function insertPhotoNotDuplicates(userId: string, ids: string[]): Promise<number> {
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => (a < b ? [a, b] : [b, a])));
  return prisma().$executeRaw`
    INSERT INTO photo_not_duplicates (user_id, asset_a, asset_b)
    SELECT ${userId}::uuid, x.a, x.b FROM unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::uuid[]) AS x(a, b)
    ON CONFLICT DO NOTHING`;
}

/** Locks a group's rows (in id order: two keeps of one group queue, never deadlock) and says
 * which are still not trashed. */
export async function lockGroup(tx: PrismaTypes.TransactionClient, ids: string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id::text AS id, status::text AS status FROM assets WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Set(rows.filter((r) => r.status !== 'trashed').map((r) => r.id));
}
