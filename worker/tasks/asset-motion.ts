// asset:motion — a photo's motion part (a motion photo's clip, a Live Photo's video) as a browser-playable MP4 (flag `video`).
import { makeMotion } from '@/lib/assets/make-motion';
import { defineTask } from './define-task';

export default defineTask('asset:motion', async ({ assetId }, helpers) => {
  await makeMotion(assetId, { jobId: String(helpers.job.id), attempt: helpers.job.attempts });
});
