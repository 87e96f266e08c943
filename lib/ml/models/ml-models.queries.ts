// SQL of model downloads: one ml_models row per model id, shown in /admin.
import { prisma } from '@/lib/server/db';

export type MlModelStatus = 'downloading' | 'ready' | 'failed';

export interface MlModelProgress {
  status: MlModelStatus;
  bytesDone?: number;
  bytesTotal?: number | null;
  error?: string | null;
}

export async function saveMlModelStatus(id: string, progress: MlModelProgress): Promise<void> {
  const fields = {
    status: progress.status,
    ...(progress.bytesDone !== undefined && { bytesDone: BigInt(Math.round(progress.bytesDone)) }),
    ...(progress.bytesTotal !== undefined && { bytesTotal: progress.bytesTotal === null ? null : BigInt(Math.round(progress.bytesTotal)) }),
    error: progress.error ?? null,
    updatedAt: new Date(),
  };
  await prisma().mlModel.upsert({ where: { id }, create: { id, ...fields }, update: fields });
}

export function selectMlModels() {
  return prisma().mlModel.findMany({ orderBy: { id: 'asc' } });
}
