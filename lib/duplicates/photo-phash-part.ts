// Analysis part `phash`: the preview's 64-bit DCT pHash (photo-phash.ts) into analyses.phash —
// its done marker is phash IS NOT NULL — and, for a photo, its near-duplicate pairs among the
// owner's photos (photo_duplicate_pairs). The hash is committed BEFORE the lookup: of two
// photos hashed at once by two workers, the later lookup then sees the other's hash, so the
// pair is found by at least one of them. A video's poster is hashed too (cheap, and the part is
// then done for it), but videos pair with their own Stash hash (video:phash), not here.
import type { AnalysisPart } from '@/lib/ml/analysis-parts';
import { findNearPhotos } from './owner-phash-index';
import { PHOTO_DUPLICATE_DISTANCE } from './photo-duplicate-threshold';
import { replacePhotoPairs, savePhash } from './photo-duplicates.queries';
import { photoPhash } from './photo-phash';

export const photoPhashPart: AnalysisPart = {
  name: 'phash',
  needed: (state) => state === null || state.phash === null,
  unavailable: async () => null,
  async run(input) {
    const phash = BigInt.asIntN(64, await photoPhash(input.main));
    await savePhash(input.assetId, phash);
    if (input.type !== 'photo') return;
    const near = await findNearPhotos(input.ownerId, input.assetId, phash, PHOTO_DUPLICATE_DISTANCE);
    await replacePhotoPairs(input.assetId, near.map((n) => ({ a: input.assetId, b: n.id, distance: n.distance })));
  },
};
