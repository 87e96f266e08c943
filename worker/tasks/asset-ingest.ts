// asset:ingest — EXIF or ffprobe metadata, checksum, thumbnail, preview and thumbhash.
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { defineTask } from './define-task';

export default defineTask('asset:ingest', async ({ assetId }, helpers) => {
  await ingestAsset(assetId, { jobId: String(helpers.job.id), attempt: helpers.job.attempts });
});
