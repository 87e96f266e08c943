// SQL of user deletion, including graphile-worker's job table (payloads name asset/library ids).
import { prisma } from '@/lib/server/db';

/** Deletes queued, unlocked jobs about the user's assets or libraries; returns how many. */
export async function removePendingJobsOfUser(userId: string): Promise<number> {
  const rows = await prisma().$queryRaw<{ id: bigint }[]>`
    SELECT id FROM graphile_worker.complete_jobs(ARRAY(
      SELECT j.id FROM graphile_worker._private_jobs j
      WHERE j.locked_at IS NULL AND (
        j.payload->>'assetId' IN (SELECT id::text FROM assets WHERE owner_id = ${userId}::uuid)
        OR j.payload->>'libraryId' IN (SELECT id::text FROM libraries WHERE owner_id = ${userId}::uuid))))`;
  return rows.length;
}

/** Derived files of the user's assets, and clip files made by the user or of the user's videos
 * (their rows go with the user and the assets by cascade). */
export async function derivedKeysOfUser(userId: string): Promise<string[]> {
  const rows = await prisma().derived.findMany({ where: { asset: { ownerId: userId } }, select: { storageKey: true } });
  const clips = await prisma().videoClip.findMany({
    where: { storageKey: { not: null }, OR: [{ userId }, { asset: { ownerId: userId } }] },
    select: { storageKey: true },
  });
  return [...rows.map((r) => r.storageKey), ...clips.map((c) => c.storageKey!)];
}

export async function deleteUserRow(userId: string): Promise<boolean> {
  return (await prisma().user.deleteMany({ where: { id: userId } })).count > 0;
}
