// The work of one video:media run without the database (keyframe probe, seek sprite, teasers),
// in its own process so the bench can read its peak RSS. Prints one JSON line of timings.
//   node --import tsx bench/support/video-media-child.ts <video> <out-dir>
import { open } from 'node:fs/promises';
import path from 'node:path';
import { readKeyframeIndex } from '../../lib/videos/keyframes';
import { probeVideo } from '../../lib/videos/probe-video';
import { makeSeekSprite } from '../../lib/videos/seek-sprite';
import { makeTeasers } from '../../lib/videos/teasers';

const [file, outDir] = process.argv.slice(2);
const handle = await open(file);
const probe = await probeVideo(handle.fd); // done by ingest, not timed: the job reads these from the database
const source = { fd: handle.fd, durationS: probe.durationMs! / 1000, width: probe.width, height: probe.height };
const t0 = performance.now();
const { times: keyframes, originS } = await readKeyframeIndex(handle.fd);
const t1 = performance.now();
const sprite = await makeSeekSprite({ ...source, keyframes, originS, container: probe.container }, path.join(outDir, 'ours-sprite.jpg'));
const t2 = performance.now();
await makeTeasers({ ...source, originS, fps: probe.fps }, [
  { shortSide: 240, outPath: path.join(outDir, 'ours-teaser-sm.mp4') },
  { shortSide: 480, outPath: path.join(outDir, 'ours-teaser-lg.mp4') },
]);
const t3 = performance.now();
await handle.close();
console.log(
  JSON.stringify({
    strategy: sprite.plan.strategy,
    tiles: sprite.plan.times,
    durationS: source.durationS,
    width: probe.width,
    keyframesMs: t1 - t0,
    spriteMs: t2 - t1,
    teasersMs: t3 - t2,
    totalMs: t3 - t0,
  }),
);
