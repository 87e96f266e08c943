// The pHash sprite needs all 25 frames. Stash's input seek gives none for some real files: an
// FLV without a seek index, and MP4/MKV whose audio runs on past the last picture (the last
// times fall after it). Those videos' hash jobs failed ("ffmpeg did not give a BMP frame",
// 40 failed jobs in one CI run); the fallbacks take the frame anyway.
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/tests/support/corpus';
import { makePhashSprite } from './phash-sprite';

const durationOf = (file: string) => Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString());

describe('pHash sprite of awkward files', () => {
  for (const name of ['flv_sample.flv', 'mp4_sample_with_chapters.mp4']) {
    it(`takes 25 frames of ${name}`, async () => {
      const file = corpusPath('videos/androidx', name);
      const handle = await open(file, 'r');
      try {
        const sprite = await makePhashSprite(handle.fd, durationOf(file));
        expect(sprite.width).toBe(800); // 5 frames of 160 px
        expect(sprite.height % 5).toBe(0);
        // The last tile is a picture, not the canvas's transparent black.
        const last = (sprite.height - 1) * sprite.width * 4 + (sprite.width - 1) * 4;
        expect(sprite.data[last + 3]).toBe(255);
      } finally {
        await handle.close();
      }
    }, 60_000);
  }
});
