// The HEIC decoder runs in a worker thread: the caller's event loop keeps turning while it
// works, a decode that overruns its deadline is stopped, and a broken file is an error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHeif } from './heif';
import { corpusPath } from '@/tests/support/corpus';

const iphone = () => readFileSync(corpusPath('photos/exif-samples', 'heic/mobile/iphone_13_pro_max.HEIC'));

describe('decodeHeif', () => {
  it('decodes beside the event loop: timers keep firing while a picture decodes', async () => {
    let ticks = 0;
    const interval = setInterval(() => ticks++, 5);
    try {
      const decoding = decodeHeif(iphone());
      let ticksWhileDecoding = 0;
      let done = false;
      const finished = decoding.then((d) => {
        done = true;
        return d;
      });
      // Count ticks observed before the decode settles; on the event loop's own thread the
      // synchronous WASM decode would let none through until it finished.
      while (!done && ticksWhileDecoding < 3) {
        await new Promise((r) => setTimeout(r, 5));
        if (!done) ticksWhileDecoding = ticks;
      }
      expect(ticksWhileDecoding).toBeGreaterThanOrEqual(3);
      const { width, height, data } = await finished;
      expect(data.length).toBe(width * height * 4);
    } finally {
      clearInterval(interval);
    }
  });

  it('stops a decode that overruns its deadline, with a timeout error', async () => {
    await expect(decodeHeif(iphone(), 1)).rejects.toThrow(/timeout/);
  });

  it('rejects a file that only looks like HEIC', async () => {
    const fake = Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(200, 7)]);
    await expect(decodeHeif(fake)).rejects.toThrow();
  });
});
