// video:clip — one user's clip of a video as GIF, WebP or MP4 (flag `video`).
import { makeClip } from '@/lib/clips/make-clip';
import { defineTask } from './define-task';

export default defineTask('video:clip', async ({ clipId }) => {
  await makeClip(clipId);
});
