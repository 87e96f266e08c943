// The seek sprite's three ways on real ffmpeg output: a long video whose keyframes are further
// apart than the tile step is seeked per tile; a keyframe-rich MP4 takes one keyframe-only
// pass; a short clip with one keyframe is decoded whole. Every tile of the sheet holds a frame.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readKeyframeIndex } from './keyframes';
import { makeSeekSprite } from './seek-sprite';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-sprite-'));

/** A small test-pattern MP4 of `seconds` with a keyframe every `gop` frames at 5 fps. */
function generated(name: string, seconds: number, gop: number): string {
  const file = path.join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `testsrc2=size=128x72:rate=5`, '-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-g', String(gop), '-keyint_min', String(gop), '-sc_threshold', '0', '-pix_fmt', 'yuv420p', file]);
  return file;
}

async function sprite(file: string, seconds: number) {
  const handle = await open(file);
  try {
    const { times: keyframes, originS } = await readKeyframeIndex(handle.fd);
    const out = path.join(dir, `${path.basename(file)}.jpg`);
    const result = await makeSeekSprite({ fd: handle.fd, durationS: seconds, width: 128, height: 72, keyframes, originS, container: 'mov,mp4,m4a,3gp,3g2,mj2' }, out);
    const tiles = await Promise.all(
      result.plan.times.map(async (_, i) => {
        const stats = await sharp(out).extract({ left: (i % 10) * 160, top: Math.floor(i / 10) * 90, width: 160, height: 90 }).stats();
        return Math.max(...stats.channels.map((c) => c.max));
      }),
    );
    return { result, keyframes, blackTiles: tiles.filter((max) => max < 40).length, meta: await sharp(out).metadata() };
  } finally {
    await handle.close();
  }
}

describe('makeSeekSprite', () => {
  it('seeks per tile when keyframes are further apart than the step (1000 s, a keyframe every 12 s)', async () => {
    const { result, blackTiles, meta } = await sprite(generated('long-gop.mp4', 1000, 60), 1000);
    expect(result.plan.strategy).toBe('seek');
    expect(result.plan.times).toHaveLength(100);
    expect(meta).toMatchObject({ width: 1600, height: 900 });
    expect(blackTiles).toBe(0);
  });

  it('takes the keyframes in one pass when every step holds one, at their real times', async () => {
    const { result, keyframes, blackTiles } = await sprite(generated('short-gop.mp4', 200, 10), 200);
    expect(result.plan.strategy).toBe('keyframes');
    expect(result.plan.times).toHaveLength(100);
    expect(result.plan.times.every((t) => keyframes.includes(t))).toBe(true);
    expect(blackTiles).toBe(0);
  });

  it('decodes a short clip with one keyframe whole', async () => {
    const { result, blackTiles } = await sprite(generated('one-key.mp4', 8, 1000), 8);
    expect(result.plan.strategy).toBe('whole');
    expect(result.plan.times).toHaveLength(16);
    expect(blackTiles).toBe(0);
  });
});
