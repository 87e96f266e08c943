// duplicates:group-photos — the backfill and nightly backstop of photo pairs: every owner's
// hashes grouped from scratch with the index's self-join (1,000,000 hashes in ~7 s of CPU,
// bench/phash-groups.ts) and the owner's pairs replaced in one transaction. The per-photo
// lookup (photo-phash-part.ts) keeps pairs current between runs; this repairs what it cannot
// see (a worker that died between the hash and its pairs, a photo moved to another owner).
import { PhashIndex } from './phash-index';
import { forgetOwnerIndex } from './owner-phash-index';
import { PHOTO_DUPLICATE_DISTANCE } from './photo-duplicate-threshold';
import { type NearPair, replaceOwnerPairs, selectOwnerPhashes, selectPhotoOwners } from './photo-duplicates.queries';

export async function regroupPhotoDuplicates(ownerId?: string): Promise<{ owners: number; pairs: number }> {
  const owners = ownerId ? [ownerId] : await selectPhotoOwners();
  let total = 0;
  for (const owner of owners) {
    const rows = await selectOwnerPhashes(owner, null);
    const index = new PhashIndex(Math.max(1024, rows.length));
    for (const row of rows) index.add(row.phash);
    const pairs: NearPair[] = [];
    index.allPairs(PHOTO_DUPLICATE_DISTANCE, (a, b, distance) => pairs.push({ a: rows[a].id, b: rows[b].id, distance }));
    await replaceOwnerPairs(owner, pairs);
    forgetOwnerIndex(owner);
    total += pairs.length;
  }
  return { owners: owners.length, pairs: total };
}
