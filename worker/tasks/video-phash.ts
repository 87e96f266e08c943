// video:phash — a video's Stash-compatible perceptual hash and its near-duplicate pairs (flag `video`).
import { computeVideoPhash } from '@/lib/duplicates/compute-video-phash';
import { defineTask } from './define-task';

export default defineTask('video:phash', async ({ assetId }) => {
  await computeVideoPhash(assetId);
});
