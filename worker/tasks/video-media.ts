// video:media — a video's seek sprite + WebVTT and its small and large teasers (flag `video`).
import { makeVideoMedia } from '@/lib/assets/make-video-media';
import { defineTask } from './define-task';

export default defineTask('video:media', async ({ assetId }) => {
  await makeVideoMedia(assetId);
});
