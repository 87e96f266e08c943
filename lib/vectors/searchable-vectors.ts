// What one process (web or worker) searches for a model: the newest index file, memory-mapped
// with usearch's view() (cheap resident memory, shared with the page cache; ~0.2 s to open at
// 1M, docs/search.md), plus the delta — the rows above the file's keys, read incrementally.
// Both are refreshed lazily by the searches themselves: the manifest at most every few seconds
// (a newer generation is opened, then swapped in by one assignment), the delta at most every
// ~1.5 s, so a vector added anywhere is searchable here within a couple of seconds.
// Opening is synchronous in usearch: the search that finds a new generation waits for it.
// With no index file yet there is nothing to search here: the caller takes the exact path, and
// a rebuild is queued (the first one is cheap).
import type { UsearchIndex as Index } from './usearch';
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { CommitHorizon } from './commit-horizon';
import { packVectors } from './vector-bytes';
import { VectorDelta } from './vector-delta';
import { generationFile, readManifest, type VectorIndexManifest } from './vector-index-files';
import { newIndex, VECTOR_INDEX } from './vector-index-settings';
import { selectDeltaRows, selectKeySample } from './vectors.queries';

export interface SearchableVectors {
  index: Index;
  manifest: VectorIndexManifest;
  delta: VectorDelta;
}

interface ModelState {
  loaded: SearchableVectors | null;
  /** Every committed row ≤ floor is in the index or the delta. */
  floor: bigint;
  horizon: CommitHorizon;
  manifestCheckedAt: number;
  deltaReadAt: number;
  refreshing: Promise<void> | null;
  rebuildAskedAt: number;
}

// On globalThis: Next's route bundles each have their own module copies, and one mapped file
// and one delta per process is the point.
const holder = globalThis as unknown as { shoeboxVectorStates?: Map<string, ModelState> };
const states = (holder.shoeboxVectorStates ??= new Map());

/** The index and delta to search for `model`, refreshed when due; null while no index file exists. */
export async function searchableVectors(model: string): Promise<SearchableVectors | null> {
  let state = states.get(model);
  if (!state) {
    state = { loaded: null, floor: 0n, horizon: new CommitHorizon(), manifestCheckedAt: 0, deltaReadAt: 0, refreshing: null, rebuildAskedAt: 0 };
    states.set(model, state);
  }
  const now = Date.now();
  const due = now - state.manifestCheckedAt >= VECTOR_INDEX.manifestCheckMs || (state.loaded && now - state.deltaReadAt >= VECTOR_INDEX.deltaPollMs);
  if (due) {
    const current = state;
    await (current.refreshing ??= refresh(model, current).finally(() => (current.refreshing = null)));
  }
  return state.loaded;
}

async function refresh(model: string, state: ModelState): Promise<void> {
  const now = Date.now();
  if (now - state.manifestCheckedAt >= VECTOR_INDEX.manifestCheckMs) {
    state.manifestCheckedAt = now;
    await openNewerGeneration(model, state);
  }
  if (state.loaded && now - state.deltaReadAt >= VECTOR_INDEX.deltaPollMs) {
    state.deltaReadAt = now;
    await readDelta(model, state, state.loaded);
  }
  await askForRebuild(model, state);
}

async function openNewerGeneration(model: string, state: ModelState): Promise<void> {
  const manifest = await readManifest(model);
  if (!manifest || manifest.generation === state.loaded?.manifest.generation) return;
  const index = newIndex(manifest.dims);
  try {
    index.view(generationFile(model, manifest.generation));
  } catch (error) {
    // Removed by a newer rebuild between reading the manifest and opening: the next check finds it.
    log.warn({ model, generation: manifest.generation, err: error }, 'vector index file could not be opened');
    return;
  }
  const maxKey = BigInt(manifest.maxKey);
  const delta = state.loaded?.delta ?? new VectorDelta();
  delta.dropUpTo(maxKey);
  if (state.floor < maxKey) state.floor = maxKey;
  state.loaded = { index, manifest, delta };
  log.info({ model, generation: manifest.generation, count: manifest.count }, 'vector index opened');
}

async function readDelta(model: string, state: ModelState, loaded: SearchableVectors): Promise<void> {
  const sample = await selectKeySample();
  const rows = await selectDeltaRows(model, state.floor, loaded.delta.keysAbove(state.floor));
  const dims = loaded.manifest.dims;
  const fitting = rows.filter((row) => row.vector.byteLength === dims * 4);
  loaded.delta.add(fitting.map((row) => row.key), packVectors(fitting, dims), dims);
  const settled = state.horizon.advance(sample);
  if (settled !== null && settled > state.floor) state.floor = settled;
}

/** A rebuild when the delta has grown (or no index exists yet); the job key folds repeats. */
async function askForRebuild(model: string, state: ModelState): Promise<void> {
  const wanted = state.loaded ? state.loaded.delta.size >= VECTOR_INDEX.rebuildDelta : true;
  if (!wanted || Date.now() - state.rebuildAskedAt < 10 * 60_000) return;
  state.rebuildAskedAt = Date.now();
  await enqueue(prisma(), 'vectors:rebuild', { trigger: 'delta', model });
}
