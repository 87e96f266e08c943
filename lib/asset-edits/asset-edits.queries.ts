// The only SQL of manual date edits. Every write first locks the assets' rows (in id order, so
// parallel edits of overlapping selections queue instead of deadlocking): an edit, a revert and
// a re-ingest of the same asset take turns, and the file's date is kept exactly once.
import { prisma, type Prisma } from '@/lib/server/db';
import { Prisma as PrismaSql } from '@/lib/server/generated/prisma/client';
import type { TakenAtSource } from '@/lib/server/generated/prisma/enums';
import { MAX_YEAR, MIN_YEAR, type DateChange } from './asset-edits.schemas';

type Tx = Prisma.TransactionClient;

/**
 * A date write in one transaction. Edits of the same photos queue on their row locks while
 * holding a pooled connection, so a burst of them (40 at once in tests/asset-edits) leaves later
 * ones waiting for a connection longer than Prisma's default 2 s: they wait up to 10 s instead
 * of failing.
 */
export function inDateTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma().$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}

export async function lockAssets(tx: Tx, ids: string[]): Promise<void> {
  await tx.$queryRaw`SELECT a.id FROM assets a WHERE a.id = ANY(${ids}::uuid[]) ORDER BY a.id FOR UPDATE`;
}

/** The new wall clock and instant of asset `a` under the change (SQL on alias a). */
function newDates(change: DateChange): { local: PrismaSql.Sql; utc: PrismaSql.Sql } {
  if (change.mode === 'shift') {
    // Minutes only: a day added to a timestamptz would follow the session's DST rules.
    const by = PrismaSql.sql`make_interval(mins => ${change.minutes}::int)`;
    return { local: PrismaSql.sql`(a.taken_at_local + ${by})`, utc: PrismaSql.sql`(a.taken_at_utc + ${by})` };
  }
  const local = PrismaSql.sql`${change.dateTime}::timestamp`;
  if (change.offset === null) return { local, utc: PrismaSql.sql`NULL::timestamptz` };
  if (change.offset !== undefined) return { local, utc: PrismaSql.sql`((${local} - make_interval(mins => ${change.offset}::int)) AT TIME ZONE 'UTC')` };
  // No offset given: each asset keeps its own (wall clock minus instant), when it has one.
  return { local, utc: PrismaSql.sql`((${local} - (a.taken_at_local - (a.taken_at_utc AT TIME ZONE 'UTC'))) AT TIME ZONE 'UTC')` };
}

/** Of `ids`, those the change would move out of the years allowed (a shift only can). */
export async function selectOutOfRange(tx: Tx, ids: string[], change: DateChange): Promise<string[]> {
  const { local } = newDates(change);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a WHERE a.id = ANY(${ids}::uuid[])
      AND NOT (${local} >= make_timestamp(${MIN_YEAR}::int, 1, 1, 0, 0, 0) AND ${local} < make_timestamp(${MAX_YEAR + 1}::int, 1, 1, 0, 0, 0))
    ORDER BY a.id`;
  return rows.map((r) => r.id);
}

/** Keeps the file's date of assets not edited before (an edited one keeps its first original), notes who edited, and writes the new date. */
export async function writeDateChange(tx: Tx, userId: string, ids: string[], change: DateChange): Promise<number> {
  await tx.$executeRaw`
    INSERT INTO asset_date_edits (asset_id, original_taken_at_local, original_taken_at_utc, original_taken_at_source, edited_by)
    SELECT a.id, a.taken_at_local, a.taken_at_utc, a.taken_at_source, ${userId}::uuid FROM assets a WHERE a.id = ANY(${ids}::uuid[])
    ON CONFLICT (asset_id) DO UPDATE SET edited_by = EXCLUDED.edited_by, edited_at = now()`;
  const { local, utc } = newDates(change);
  return tx.$executeRaw`
    UPDATE assets a SET taken_at_local = ${local}, taken_at_utc = ${utc}, taken_at_source = 'manual', updated_at = now()
    WHERE a.id = ANY(${ids}::uuid[])`;
}

/** Puts the file's date back on the edited ones of `ids` and forgets their edits; how many. */
export async function revertDateEdits(tx: Tx, ids: string[]): Promise<number> {
  const reverted = await tx.$executeRaw`
    UPDATE assets a SET taken_at_local = e.original_taken_at_local, taken_at_utc = e.original_taken_at_utc,
                        taken_at_source = e.original_taken_at_source, updated_at = now()
    FROM asset_date_edits e WHERE e.asset_id = a.id AND a.id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM asset_date_edits WHERE asset_id = ANY(${ids}::uuid[])`;
  return reverted;
}

export interface FileDate {
  takenAtLocal?: Date;
  takenAtUtc?: Date | null;
  takenAtSource?: TakenAtSource;
}

/**
 * For an ingest about to write the date it read from the file: when the owner edited the date,
 * the file's date becomes the edit's stored original (what "Revert" brings back) and the edited
 * date stays; answers whether the asset's own columns should be left alone. Locks the asset's
 * row first, so an edit running at the same time either sees this ingest's date as the original
 * or is seen by it.
 */
export async function keepEditedDate(tx: Tx, assetId: string, file: FileDate): Promise<boolean> {
  await lockAssets(tx, [assetId]);
  const { takenAtLocal, takenAtUtc, takenAtSource } = file;
  if (!takenAtLocal || !takenAtSource) return (await tx.assetDateEdit.count({ where: { assetId } })) > 0;
  const { count } = await tx.assetDateEdit.updateMany({
    where: { assetId },
    data: { originalTakenAtLocal: takenAtLocal, originalTakenAtUtc: takenAtUtc ?? null, originalTakenAtSource: takenAtSource },
  });
  return count > 0;
}
