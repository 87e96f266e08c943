// The viewer's analysis panel: one asset's analyses row and its faces with their people's
// names (hidden and unnamed people keep their face box, without a name). lib/access has said yes to the id.
import { prisma } from '@/lib/server/db';

export function selectAnalysisRow(assetId: string) {
  return prisma().analysis.findUnique({
    where: { assetId },
    select: { palette: true, colorName: true, quality: true, qualityParts: true, answers: true, labels: true, caption: true },
  });
}

export function selectAssetFaceBoxes(assetId: string) {
  return prisma().$queryRaw<{ id: string; box_x: number; box_y: number; box_w: number; box_h: number; person_id: string | null; person_name: string | null }[]>`
    SELECT f.id::text AS id, f.box_x, f.box_y, f.box_w, f.box_h, pe.id::text AS person_id,
           CASE WHEN pe.hidden OR pe.name = '' THEN NULL ELSE pe.name END AS person_name
    FROM faces f LEFT JOIN people pe ON pe.id = f.person_id
    WHERE f.asset_id = ${assetId}::uuid ORDER BY f.box_x, f.box_y, f.id`;
}
