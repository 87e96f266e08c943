// The SQL of an asset's reads and actions for a user: details, the original, bulk
// actions, emptying the trash. lib/access has already said yes to the ids (reads: owner or
// library member; trash and restore: owner, whose clause stays in those WHEREs as a second wall).
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { BulkAction } from './assets.schemas';

type Sql = PrismaTypes.Sql;

export function findAssetDetails(userId: string, assetId: string) {
  return prisma().asset.findFirst({
    where: { id: assetId },
    include: {
      exif: true,
      place: true,
      library: { select: { name: true, rootPath: true } },
      userStates: { where: { userId }, select: { favouriteAt: true, archived: true } },
      videoMeta: true,
      dateEdit: true,
      derived: { where: { kind: { in: ['thumb', 'preview', 'motion'] } }, select: { kind: true, createdAt: true } },
    },
  });
}

export function findOriginal(assetId: string) {
  return prisma().asset.findFirst({
    where: { id: assetId },
    select: { id: true, relPath: true, mime: true, type: true, mtime: true, size: true, library: { select: { rootPath: true } } },
  });
}

/** Applies one bulk action to assets lib/access allowed (states: any reader; trash and
 * restore: the owner); returns rows changed. */
export async function applyBulkAction(tx: PrismaTypes.TransactionClient, userId: string, ids: string[], action: BulkAction) {
  const upsertState = (set: Sql, insertFavourite: Sql, insertArchived: boolean) => tx.$executeRaw`
    INSERT INTO asset_user_states (user_id, asset_id, favourite_at, archived)
    SELECT ${userId}::uuid, a.id, ${insertFavourite}, ${insertArchived}
    FROM assets a WHERE a.id = ANY(${ids}::uuid[])
    ON CONFLICT (user_id, asset_id) DO UPDATE SET ${set}, updated_at = now()`;
  switch (action) {
    case 'favourite':
      return upsertState(Prisma.sql`favourite_at = COALESCE(asset_user_states.favourite_at, now())`, Prisma.sql`now()`, false);
    case 'unfavourite':
      return upsertState(Prisma.sql`favourite_at = NULL`, Prisma.sql`NULL::timestamptz`, false);
    case 'archive':
      return upsertState(Prisma.sql`archived = true`, Prisma.sql`NULL::timestamptz`, true);
    case 'unarchive':
      return upsertState(Prisma.sql`archived = false`, Prisma.sql`NULL::timestamptz`, false);
    case 'trash':
      return tx.$executeRaw`UPDATE assets SET status = 'trashed', updated_at = now()
        WHERE id = ANY(${ids}::uuid[]) AND owner_id = ${userId}::uuid AND status <> 'trashed'`;
    case 'restore':
      return tx.$executeRaw`UPDATE assets SET status = 'online', updated_at = now()
        WHERE id = ANY(${ids}::uuid[]) AND owner_id = ${userId}::uuid AND status = 'trashed'`;
  }
}

/** Deletes the user's trashed assets, remembering their paths so a rescan skips them. */
export async function deleteTrashedAssets(tx: PrismaTypes.TransactionClient, userId: string): Promise<{ count: number; storageKeys: string[] }> {
  // Clips of these videos (anyone's: their rows go with the asset by cascade) are derived files too.
  const derived = await tx.$queryRaw<{ storage_key: string }[]>`
    SELECT d.storage_key FROM derived d JOIN assets a ON a.id = d.asset_id
    WHERE a.owner_id = ${userId}::uuid AND a.status = 'trashed'
    UNION ALL
    SELECT c.storage_key FROM video_clips c JOIN assets a ON a.id = c.asset_id
    WHERE a.owner_id = ${userId}::uuid AND a.status = 'trashed' AND c.storage_key IS NOT NULL`;
  await tx.$executeRaw`
    INSERT INTO ignored_paths (library_id, rel_path)
    SELECT library_id, rel_path FROM assets WHERE owner_id = ${userId}::uuid AND status = 'trashed'
    ON CONFLICT DO NOTHING`;
  const count = await tx.$executeRaw`DELETE FROM assets WHERE owner_id = ${userId}::uuid AND status = 'trashed'`;
  return { count, storageKeys: derived.map((d) => d.storage_key) };
}

