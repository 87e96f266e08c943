// video:media — a video's preview media, made after its ingest: the seek sprite and its WebVTT
// (the player's scrub preview) and two teasers (the card's hover). The original is opened
// through the safe opener and every tool reads that checked descriptor. Outputs go to the
// derived store under fixed keys (temp name, then rename) and their rows are upserted, so a
// second run leaves the same rows and files. A tool failure throws a ToolError: the task's
// report carries the reason and ffmpeg's stderr tail, and graphile-worker retries.
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { log } from '@/lib/server/log';
import { putObject, putObjectsWrittenBy } from '@/lib/storage/storage';
import { readKeyframeIndex } from '@/lib/videos/keyframes';
import { makeSeekSprite } from '@/lib/videos/seek-sprite';
import { renderSpriteVtt, spriteCues } from '@/lib/videos/sprite-plan';
import { makeTeasers } from '@/lib/videos/teasers';
import { derivedKey } from './write-renditions';
import { findVideoForMedia, type PreviewMediaRow, savePreviewMedia } from './video-media.queries';

export type VideoMediaOutcome = 'made' | 'skipped';

/** The URL the VTT's cues point at: our sprite route by asset id, never a file path. */
export const spriteUrlOf = (assetId: string) => `/api/assets/${assetId}/sprite`;

export async function makeVideoMedia(assetId: string, onProgress?: (percent: number) => void): Promise<VideoMediaOutcome> {
  const asset = await findVideoForMedia(assetId);
  if (!asset || asset.type !== 'video' || asset.status !== 'online') return 'skipped';
  // Without a duration or size there is no time line to cut: fail with a report the admin
  // reads, rather than skip quietly (the CLI would queue it again on every run).
  if (!asset.durationMs || !asset.width || !asset.height) {
    throw new Error('This video has no known duration or picture size (ffprobe found none at ingest), so no preview can be cut from it.');
  }
  const original = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (original.kind !== 'ok') return 'skipped'; // a rescan marks it offline or failed; nothing to make from
  try {
    const fd = original.handle.fd;
    const source = { fd, durationS: asset.durationMs / 1000, width: asset.width, height: asset.height };
    const started = performance.now();
    const { times: keyframes, originS } = await readKeyframeIndex(fd);
    const spriteKey = derivedKey(assetId, 'sprite.jpg');
    const vttKey = derivedKey(assetId, 'sprite.vtt');
    let sprite: Awaited<ReturnType<typeof makeSeekSprite>> | undefined;
    const [spriteBytes] = await putObjectsWrittenBy([spriteKey], async ([out]) => {
      sprite = await makeSeekSprite({ ...source, keyframes, originS, container: asset.videoMeta?.container ?? null }, out);
    });
    const vtt = Buffer.from(renderSpriteVtt(spriteCues(sprite!.plan, source.durationS), spriteUrlOf(assetId)));
    await putObject(vttKey, vtt);
    onProgress?.(30);

    const teaserKeys = [derivedKey(assetId, 'teaser-sm.mp4'), derivedKey(assetId, 'teaser-lg.mp4')];
    let dims: { width: number; height: number }[] = [];
    const teaserBytes = await putObjectsWrittenBy(teaserKeys, async ([sm, lg]) => {
      dims = await makeTeasers({ ...source, originS, fps: asset.videoMeta?.fps ?? null }, [{ shortSide: 240, outPath: sm }, { shortSide: 480, outPath: lg }], (p) =>
        onProgress?.(30 + p * 0.7),
      );
    });
    const { plan } = sprite!;
    const rows: PreviewMediaRow[] = [
      { kind: 'sprite', storageKey: spriteKey, width: sprite!.width, height: sprite!.height, bytes: spriteBytes },
      { kind: 'vtt', storageKey: vttKey, width: plan.tileWidth, height: plan.tileHeight, bytes: vtt.length },
      { kind: 'teaser_sm', storageKey: teaserKeys[0], ...dims[0], bytes: teaserBytes[0] },
      { kind: 'teaser_lg', storageKey: teaserKeys[1], ...dims[1], bytes: teaserBytes[1] },
    ];
    await savePreviewMedia(assetId, rows);
    log.info({ assetId, sprite: plan.strategy, tiles: plan.times.length, ms: Math.round(performance.now() - started) }, 'video preview media made');
    return 'made';
  } finally {
    await original.handle.close();
  }
}
