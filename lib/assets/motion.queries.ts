// SQL of a photo's motion part: what the asset:motion job reads, and its one Derived row
// (kind `motion`), upserted on (asset, kind) so a second run replaces it, or removed when the
// photo turns out to have none (any more).
import { prisma } from '@/lib/server/db';

export function findPhotoForMotion(assetId: string) {
  return prisma().asset.findUnique({
    where: { id: assetId },
    select: {
      id: true,
      type: true,
      status: true,
      relPath: true,
      motionRelPath: true,
      library: { select: { rootPath: true } },
      derived: { where: { kind: 'motion' }, select: { storageKey: true } },
    },
  });
}

export interface MotionRow {
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
}

export async function saveMotion(assetId: string, row: MotionRow): Promise<void> {
  await prisma().derived.upsert({
    where: { assetId_kind: { assetId, kind: 'motion' } },
    create: { assetId, kind: 'motion', ...row },
    update: { ...row, createdAt: new Date() },
  });
}

export async function deleteMotion(assetId: string): Promise<void> {
  await prisma().derived.deleteMany({ where: { assetId, kind: 'motion' } });
}
