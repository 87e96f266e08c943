// SQL of the analysis room: what ml:analyze reads of an asset, and the rows each part writes.
import { type Prisma, prisma } from '@/lib/server/db';

/** An analysis row's "done" markers: what each part's needed() reads (also the admin's counts). */
export const analysisStateSelect = { coloursAt: true, quality: true, clipModel: true, facesModel: true, captionModel: true } as const;

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
