// asset:ingest — EXIF, checksum, thumbnail, preview and thumbhash for one asset.
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { defineTask } from './define-task';

export default defineTask('asset:ingest', async ({ assetId }) => {
  await ingestAsset(assetId);
});
