// SQL of the vector room: embeddings read for an exact search.
import { type Prisma, prisma } from '@/lib/server/db';

/** Every embedding of `model` whose asset `a` satisfies `where` (access and search filters). */
export function selectEmbeddingsWhere(model: string, where: Prisma.Sql) {
  return prisma().$queryRaw<{ asset_id: string; vector: Uint8Array }[]>`
    SELECT e.asset_id, e.vector FROM embeddings e JOIN assets a ON a.id = e.asset_id
    WHERE e.model = ${model} AND ${where}`;
}
