// SQL of the CLIP part: an asset's embedding for a model, and its answers, written together so
// analyses.clip_model never claims an embedding that is not there.
import { prisma } from '@/lib/server/db';
import { vectorToBytes } from '@/lib/vectors/vector-math';
import type { Answers } from './score-questions';

export async function saveClipResult(assetId: string, model: string, vector: Float32Array, result: Answers): Promise<void> {
  const bytes = vectorToBytes(vector);
  const fields = { clipModel: model, answers: result.answers, labels: result.labels };
  await prisma().$transaction([
    // Upsert on (asset, model); a changed vector gets a new key from a trigger (migration
    // 20261201150000), so the vector index's delta picks the new vector up.
    prisma().embedding.upsert({
      where: { assetId_model: { assetId, model } },
      create: { assetId, model, vector: bytes },
      update: { vector: bytes, createdAt: new Date() },
    }),
    prisma().analysis.upsert({ where: { assetId }, create: { assetId, ...fields }, update: fields }),
  ]);
}
