// video:phash — a video's Stash-compatible perceptual hash (lib/videos/phash-sprite.ts for the
// picture, perception-hash.ts for the bits), stored in video_meta.phash with the video's
// near-duplicate pairs replaced in the same transaction. Idempotent: the same file gives the
// same hash and pairs.
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { makePhashSprite } from '@/lib/videos/phash-sprite';
import { findVideoForPhash, saveVideoPhash } from './duplicates.queries';
import { perceptionHash, phashToSigned } from './perception-hash';

export async function computeVideoPhash(assetId: string): Promise<'made' | 'skipped'> {
  const asset = await findVideoForPhash(assetId);
  if (!asset || asset.type !== 'video' || asset.status !== 'online' || !asset.videoMeta) return 'skipped';
  if (!asset.durationMs) throw new Error('This video has no known duration (ffprobe found none at ingest), so no perceptual hash can be made.');
  const original = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (original.kind !== 'ok') return 'skipped'; // a rescan marks it offline or failed
  try {
    const sprite = await makePhashSprite(original.handle.fd, asset.durationMs / 1000);
    await saveVideoPhash(assetId, phashToSigned(perceptionHash(sprite)));
    return 'made';
  } finally {
    await original.handle.close();
  }
}
