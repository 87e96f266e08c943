// Finding the video inside motion photos: the real Samsung One UI 6 HEIC of the corpus (its
// `mpvd` box), and JPEGs built like a Pixel's (XMP Container:Directory), an older Google phone's
// (MicroVideoOffset) and a Samsung's (MotionPhoto_Data + SEF trailer), each with an appended
// ffmpeg-made MP4 that must come back byte for byte. A plain photo, a cut-off video and a
// directory pointing at bytes that are no MP4 yield nothing.
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/tests/support/corpus';
import { googleMotionJpeg, makeClip, makeJpeg, microVideoJpeg, samsungMotionJpeg } from '@/tests/support/motion-photo-files';
import { bufferReader, type ByteReader, locateEmbeddedMotion, parseContainerDirectory } from './motion-photo';

const SAMSUNG = corpusPath('immich-test-assets/formats/samsung-one-ui-6.heic');
const clip = makeClip({ seconds: 1 });

/** A reader that counts what it reads, as the descriptor of the opened file would be read. */
function countingReader(data: Buffer): { read: ByteReader; bytesRead: () => number } {
  let total = 0;
  const inner = bufferReader(data);
  return {
    read: async (offset, length) => {
      const bytes = await inner(offset, length);
      total += bytes.length;
      return bytes;
    },
    bytesRead: () => total,
  };
}

describe('locateEmbeddedMotion', () => {
  it('finds the MP4 of the Samsung HEIC in its mpvd box, reading only headers from the open file', async () => {
    const handle = await open(SAMSUNG);
    let bytesRead = 0;
    const read: ByteReader = async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead: n } = await handle.read(buffer, 0, length, offset);
      bytesRead += n;
      return buffer.subarray(0, n);
    };
    try {
      const size = (await handle.stat()).size;
      const range = await locateEmbeddedMotion(read, size);
      expect(range).toEqual({ start: 452284, end: 3678753, source: 'mpvd' });
      expect(bytesRead).toBeLessThan(4096); // a few box headers, not 3.6 MB
    } finally {
      await handle.close();
    }
    const data = readFileSync(SAMSUNG);
    expect(data.toString('latin1', 452288, 452296)).toBe('ftypmp42');
  });

  it('finds a Pixel-style JPEG’s appended MP4 through the XMP directory, byte for byte', async () => {
    const file = await googleMotionJpeg(clip);
    const { read, bytesRead } = countingReader(file);
    const range = await locateEmbeddedMotion(read, file.length);
    expect(range).toMatchObject({ source: 'xmp-directory', end: file.length });
    expect(file.subarray(range!.start, range!.end).equals(clip)).toBe(true);
    expect(bytesRead()).toBeLessThan(8192);
  });

  it('finds the older MicroVideoOffset layout and Samsung’s JPEG trailer', async () => {
    const micro = await microVideoJpeg(clip);
    const r1 = await locateEmbeddedMotion(bufferReader(micro), micro.length);
    expect(r1?.source).toBe('micro-video');
    expect(micro.subarray(r1!.start, r1!.end).equals(clip)).toBe(true);

    const samsung = await samsungMotionJpeg(clip);
    const r2 = await locateEmbeddedMotion(bufferReader(samsung), samsung.length);
    expect(r2?.source).toBe('samsung-trailer');
    expect(samsung.subarray(r2!.start, r2!.end).equals(clip)).toBe(true);
  });

  it('yields nothing for a plain photo, a plain HEIC, a cut-off video or a directory pointing at no MP4', async () => {
    const plain = await makeJpeg();
    expect(await locateEmbeddedMotion(bufferReader(plain), plain.length)).toBeNull();
    const heic = readFileSync(corpusPath('immich-test-assets/formats/IMG_2682.heic'));
    expect(await locateEmbeddedMotion(bufferReader(heic), heic.length)).toBeNull();

    const whole = await googleMotionJpeg(clip);
    const cut = whole.subarray(0, whole.length - 500); // cut short: the directory no longer lands on the MP4
    expect(await locateEmbeddedMotion(bufferReader(cut), cut.length)).toBeNull();

    const noise = Buffer.alloc(clip.length, 7);
    const liar = Buffer.concat([(await googleMotionJpeg(clip)).subarray(0, whole.length - clip.length), noise]);
    expect(await locateEmbeddedMotion(bufferReader(liar), liar.length)).toBeNull();

    const samsung = readFileSync(SAMSUNG);
    const mpvdCut = samsung.subarray(0, 2_000_000); // the mpvd box says 3.2 MB
    expect(await locateEmbeddedMotion(bufferReader(mpvdCut), mpvdCut.length)).toBeNull();
  });
});

describe('parseContainerDirectory', () => {
  it('reads the items of the Samsung HEIC’s XMP, attributes or elements alike', () => {
    const data = readFileSync(SAMSUNG).toString('latin1');
    const xmp = data.slice(data.indexOf('<x:xmpmeta'), data.indexOf('</x:xmpmeta>'));
    expect(parseContainerDirectory(xmp)).toEqual([
      { semantic: 'Primary', length: 452276, padding: 8 },
      { semantic: 'MotionPhoto', length: 3226668, padding: 199 },
    ]);
    const asElements = '<Container:Item><Item:Semantic>MotionPhoto</Item:Semantic><Item:Length>42</Item:Length></Container:Item>';
    expect(parseContainerDirectory(asElements)).toEqual([{ semantic: 'MotionPhoto', length: 42, padding: 0 }]);
  });
});
