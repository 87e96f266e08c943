// The pictures an analysis looks at, read from what ingest and video:media already made — the
// original is never decoded again: a photo's preview (≤ 1440 px, upright, sRGB, whatever the
// original's format: AVIF, HEIC, RAW and TIFF all arrive here as WebP); a video's preview (its
// poster frame) and a few frames cut from its seek sprite.
import sharp from 'sharp';
import { readObject } from '@/lib/storage/storage';
import type { AssetForAnalysis } from './ml.queries';

export interface AnalysisInput {
  assetId: string;
  ownerId: string;
  type: AssetForAnalysis['type'];
  /** The original's size (the preview is smaller): the quality part's resolution. */
  width: number | null;
  height: number | null;
  /** The main picture (photo preview or video poster), encoded. */
  main: Buffer;
  /** More frames of a video (empty for a photo), encoded; parts that pool over frames use them. */
  frames: Buffer[];
}

/** How many sprite frames a video adds to its poster. */
const VIDEO_FRAMES = 3;

export class NothingToAnalyse extends Error {}

export async function loadAnalysisInput(asset: AssetForAnalysis): Promise<AnalysisInput> {
  const preview = asset.derived.find((d) => d.kind === 'preview');
  const main = preview ? await readObject(preview.storageKey) : null;
  if (!main) throw new NothingToAnalyse(`asset ${asset.id} has no preview to analyse`);
  const frames = asset.type === 'video' ? await spriteFrames(asset) : [];
  return { assetId: asset.id, ownerId: asset.ownerId, type: asset.type, width: asset.width, height: asset.height, main, frames };
}

/**
 * A few evenly spaced tiles of the seek sprite (its WebVTT says where each tile is). A video
 * without a sprite yet (video:media not done) is analysed from its poster alone.
 */
async function spriteFrames(asset: AssetForAnalysis): Promise<Buffer[]> {
  const spriteRow = asset.derived.find((d) => d.kind === 'sprite');
  const vttRow = asset.derived.find((d) => d.kind === 'vtt');
  if (!spriteRow || !vttRow) return [];
  const [sprite, vtt] = await Promise.all([readObject(spriteRow.storageKey), readObject(vttRow.storageKey)]);
  if (!sprite || !vtt) return [];
  const tiles = [...vtt.toString('utf8').matchAll(/#xywh=(\d+),(\d+),(\d+),(\d+)/g)].map((m) => m.slice(1, 5).map(Number));
  if (tiles.length === 0) return [];
  const picks = Array.from({ length: Math.min(VIDEO_FRAMES, tiles.length) }, (_, i) => tiles[Math.floor(((i + 0.5) * tiles.length) / Math.min(VIDEO_FRAMES, tiles.length))]);
  return Promise.all(
    picks.map(([left, top, width, height]) => sharp(sprite).extract({ left, top, width, height }).png().toBuffer()),
  );
}
