// Builds a model's next index file from PostgreSQL (the source of truth) and swaps it in: the
// rows in key order, page by page, added to a usearch HNSW index (VECTOR_INDEX), saved as
// <generation>.usearch, then the manifest renamed over the old one; older files are removed.
// Adding vectors blocks the event loop (usearch is synchronous): the loop yields between small
// batches so the worker's other jobs and its heartbeat keep running.
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { UsearchIndex as Index } from './usearch';
import { CommitHorizon } from './commit-horizon';
import { packVectors } from './vector-bytes';
import { generationFile, readManifest, removeOtherGenerations, type VectorIndexManifest, writeManifest } from './vector-index-files';
import { newIndex, VECTOR_INDEX } from './vector-index-settings';
import { selectEmbeddingKeys, selectEmbeddingPage, selectEmbeddingsByKey, selectKeySample } from './vectors.queries';

export interface BuildProgress {
  model: string;
  added: number;
}

/** Null when the model has no embeddings (nothing written). */
export async function buildVectorIndex(model: string, onProgress?: (p: BuildProgress) => void): Promise<VectorIndexManifest | null> {
  const horizon = new CommitHorizon();
  const start = await selectKeySample();
  horizon.advance(start);
  const upTo = start.lastKey;

  let index: Index | null = null;
  let dims = 0;
  let after = 0n;
  for (;;) {
    const rows = await selectEmbeddingPage(model, after, upTo, VECTOR_INDEX.buildPage);
    if (rows.length === 0) break;
    if (!index) {
      dims = rows[0].vector.byteLength / 4;
      index = newIndex(dims);
    }
    // A few hundred vectors per add (~0.3 s at 1M on 2 cores): the worker's heartbeat (every 5 s,
    // stale after 20) must not miss beats even on a loaded machine.
    for (let i = 0; i < rows.length; i += VECTOR_INDEX.addBatch) {
      const batch = rows.slice(i, i + VECTOR_INDEX.addBatch);
      index.add(BigUint64Array.from(batch, (r) => r.key), packVectors(batch, dims), 0);
      await yieldToLoop();
    }
    after = rows[rows.length - 1].key;
    onProgress?.({ model, added: index.size() });
  }
  if (!index) return null;

  // Rows that took a key ≤ upTo but committed after their page was read: wait until every
  // transaction running at the start has ended, then add the keys the index lacks.
  while (horizon.advance(await selectKeySample()) === null) await new Promise((r) => setTimeout(r, 200));
  const late = (await selectEmbeddingKeys(model, upTo)).filter((key) => !index.contains(key));
  for (let i = 0; i < late.length; i += VECTOR_INDEX.buildPage) {
    const rows = await selectEmbeddingsByKey(model, late.slice(i, i + VECTOR_INDEX.buildPage));
    if (rows.length > 0) index.add(BigUint64Array.from(rows, (r) => r.key), packVectors(rows, dims), 0);
  }

  const generation = ((await readManifest(model))?.generation ?? 0) + 1;
  const file = generationFile(model, generation);
  const manifest: VectorIndexManifest = {
    generation,
    model,
    maxKey: upTo.toString(),
    count: index.size(),
    dims,
    quantization: VECTOR_INDEX.quantization,
    builtAt: new Date().toISOString(),
  };
  return swapIn(index, file, manifest);
}

async function swapIn(index: Index, file: string, manifest: VectorIndexManifest): Promise<VectorIndexManifest> {
  await mkdir(path.dirname(file), { recursive: true });
  index.save(`${file}.tmp`);
  await rename(`${file}.tmp`, file);
  await writeManifest(manifest);
  await removeOtherGenerations(manifest.model, manifest.generation);
  return manifest;
}
