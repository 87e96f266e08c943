// One owner's photo hashes in memory (PhashIndex), per worker process: the first lookup loads
// them (1,000,000 rows in ~1–2 s), later ones read only the rows changed since, with a two-
// minute overlap, because a hash written by another worker in a transaction that began earlier
// may commit after our last read. A re-hashed photo replaces its entry; trashed or deleted
// photos linger until the next full load and are dropped when their pairs are written (the
// insert joins assets). Few owners are kept: a household has a handful.
import { PhashIndex } from './phash-index';
import { selectOwnerPhashes } from './photo-duplicates.queries';

const OVERLAP_MS = 120_000;
const MAX_OWNERS = 8;

interface OwnerIndex {
  index: PhashIndex;
  ids: string[];
  positions: Map<string, number>;
  syncedAt: Date;
}

const owners = new Map<string, OwnerIndex>();

async function refresh(ownerId: string): Promise<OwnerIndex> {
  let entry = owners.get(ownerId);
  const now = new Date();
  const rows = await selectOwnerPhashes(ownerId, entry ? new Date(entry.syncedAt.getTime() - OVERLAP_MS) : null);
  if (!entry) {
    entry = { index: new PhashIndex(Math.max(1024, rows.length * 2)), ids: [], positions: new Map(), syncedAt: now };
    if (owners.size >= MAX_OWNERS) owners.delete(owners.keys().next().value!);
    owners.set(ownerId, entry);
  }
  for (const row of rows) {
    const old = entry.positions.get(row.id);
    if (old !== undefined) entry.index.remove(old);
    const position = entry.index.add(row.phash);
    entry.ids[position] = row.id;
    entry.positions.set(row.id, position);
  }
  entry.syncedAt = now;
  return entry;
}

/** The owner's other photos whose hashes are within maxDistance bits of this one's. */
export async function findNearPhotos(ownerId: string, assetId: string, phash: bigint, maxDistance: number): Promise<{ id: string; distance: number }[]> {
  const entry = await refresh(ownerId);
  return entry.index
    .near(phash, maxDistance)
    .map((hit) => ({ id: entry.ids[hit.position], distance: hit.distance }))
    .filter((hit) => hit.id !== assetId);
}

/** Drops the cached index (the full regrouping reloads from the database anyway). */
export function forgetOwnerIndex(ownerId: string): void {
  owners.delete(ownerId);
}
