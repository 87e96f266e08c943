// vectors:rebuild — which models get a new index file. Nightly: every model whose rows changed
// since its file (added above maxKey, or removed/re-keyed below it: the file's count no longer
// matches). Asked by a process whose delta grew: that model, once the delta is past
// VECTOR_INDEX.rebuildDelta (several processes may ask; the first rebuild answers them all), or
// when it has no file yet.
import { buildVectorIndex, type BuildProgress } from './build-vector-index';
import { readManifest } from './vector-index-files';
import { VECTOR_INDEX } from './vector-index-settings';
import { countEmbeddingsAround, selectEmbeddingModels } from './vectors.queries';

export interface RebuildRequest {
  trigger: 'nightly' | 'delta';
  model?: string;
}

export interface RebuildOutcome {
  model: string;
  built: boolean;
  count?: number;
  generation?: number;
  ms?: number;
}

export async function rebuildVectorIndexes(request: RebuildRequest, onProgress?: (p: BuildProgress) => void): Promise<RebuildOutcome[]> {
  const models = request.model ? [request.model] : await selectEmbeddingModels();
  const outcomes: RebuildOutcome[] = [];
  for (const model of models) {
    if (!(await worthBuilding(model, request.trigger))) {
      outcomes.push({ model, built: false });
      continue;
    }
    const started = performance.now();
    const manifest = await buildVectorIndex(model, onProgress);
    outcomes.push({ model, built: manifest !== null, count: manifest?.count, generation: manifest?.generation, ms: Math.round(performance.now() - started) });
  }
  return outcomes;
}

async function worthBuilding(model: string, trigger: RebuildRequest['trigger']): Promise<boolean> {
  const manifest = await readManifest(model);
  if (!manifest) return true;
  const { above, upTo } = await countEmbeddingsAround(model, BigInt(manifest.maxKey));
  if (trigger === 'delta') return above >= VECTOR_INDEX.rebuildDelta;
  return above > 0 || upTo !== manifest.count;
}
