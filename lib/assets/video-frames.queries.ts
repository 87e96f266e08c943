// SQL of a video's frames: what the still and the poster need to open the original, and the
// rows a poster change rewrites. lib/access has already said yes to the id (a library member
// may save a still, only the owner may change the poster); these statements add no owner
// clause, so sharing needs no change here.
import { prisma } from '@/lib/server/db';
import type { DerivedRow } from './assets.queries';

export function findVideoForFrame(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    select: { type: true, status: true, relPath: true, durationMs: true, library: { select: { rootPath: true } } },
  });
}

/**
 * The owner's poster: the thumbnail and preview rows (re-dated, so their URLs change), the
 * thumbhash the timeline paints first, and the chosen time, which a re-ingest honours. Returns
 * the rows' new creation time.
 */
export async function savePoster(assetId: string, seconds: number, derived: DerivedRow[], thumbhash: Uint8Array<ArrayBuffer>): Promise<Date> {
  const createdAt = new Date();
  await prisma().$transaction(async (tx) => {
    for (const d of derived) {
      await tx.derived.upsert({ where: { assetId_kind: { assetId, kind: d.kind } }, create: { assetId, ...d, createdAt }, update: { ...d, createdAt } });
    }
    await tx.asset.update({ where: { id: assetId }, data: { thumbhash } });
    await tx.videoMeta.upsert({ where: { assetId }, create: { assetId, posterSeconds: seconds }, update: { posterSeconds: seconds } });
  });
  return createdAt;
}
