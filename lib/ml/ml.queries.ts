// SQL of the analysis room: what ml:analyze reads of an asset, and the rows each part writes.
import { type Prisma, prisma } from '@/lib/server/db';

/** An analysis row's "done" markers: what each part's needed() reads (also the admin's counts). */
export const analysisStateSelect = { coloursAt: true, quality: true, phash: true, clipModel: true, facesModel: true, captionModel: true } as const;

/** What the analysis needs of an asset: its kind, owner, derived pictures and what is done. */
export function findAssetForAnalysis(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    select: {
      id: true,
      ownerId: true,
      type: true,
      status: true,
      ingestStatus: true,
      width: true,
      height: true,
      derived: { where: { kind: { in: ['preview', 'sprite', 'vtt'] } }, select: { kind: true, storageKey: true, width: true, height: true } },
      analysis: { select: analysisStateSelect },
    },
  });
}
export type AssetForAnalysis = NonNullable<Awaited<ReturnType<typeof findAssetForAnalysis>>>;
export type AnalysisState = AssetForAnalysis['analysis'];

/** Writes some of an asset's analysis columns, creating its row on the first part. */
export async function upsertAnalysis(assetId: string, fields: Omit<Prisma.AnalysisUncheckedCreateInput, 'assetId'>): Promise<void> {
  await prisma().analysis.upsert({ where: { assetId }, create: { assetId, ...fields }, update: fields });
}

/**
 * A re-ingested file (its picture may have changed): its analysis markers are dropped in the
 * ingest's transaction, so the ml:analyze queued with it runs every part again.
 */
export async function forgetAnalysis(tx: Prisma.TransactionClient, assetId: string): Promise<void> {
  await tx.analysis.deleteMany({ where: { assetId } });
}

/**
 * One page of ready, not trashed assets with their analysis markers (null: never analysed),
 * in id order after `afterId`: the admin's counts and the backfill walk the library in pages.
 */
export function listAnalysisStatesPage(afterId: string | null, take: number) {
  return prisma().asset.findMany({
    where: { ingestStatus: 'ready', status: { not: 'trashed' }, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: { id: true, analysis: { select: analysisStateSelect } },
    orderBy: { id: 'asc' },
    take,
  });
}

/** The assets that have an ml:analyze job queued, running or failed (keyed `ml:analyze:<id>`). */
export async function listAssetsWithAnalysisJob(): Promise<Set<string>> {
  const rows = await prisma().$queryRaw<{ asset_id: string }[]>`
    SELECT substr(key, length('ml:analyze:') + 1) AS asset_id FROM graphile_worker.jobs
    WHERE task_identifier = 'ml:analyze' AND key IS NOT NULL`;
  return new Set(rows.map((r) => r.asset_id));
}

export interface AnalysisJobCounts {
  queued: number;
  running: number;
  /** Out of attempts: their reports are in Jobs. */
  failed: number;
}

export async function countAnalysisJobs(): Promise<AnalysisJobCounts> {
  const [row] = await prisma().$queryRaw<Record<keyof AnalysisJobCounts, bigint>[]>`
    SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS queued,
           count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
           count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts) AS failed
    FROM graphile_worker.jobs WHERE task_identifier = 'ml:analyze'`;
  return { queued: Number(row.queued), running: Number(row.running), failed: Number(row.failed) };
}
