import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ZipStream from 'zip-stream';
import { hitsZip64Edge, zipLength } from './zip-layout';

/** The bytes zip-stream really writes for these entries (stored, from streams). */
async function writtenLength(entries: { name: string; size: number }[]): Promise<number> {
  const zip = new ZipStream({ store: true });
  let length = 0;
  zip.on('data', (chunk: Buffer) => (length += chunk.length));
  const ended = new Promise((resolve) => zip.on('end', resolve));
  for (const { name, size } of entries) {
    await new Promise<void>((resolve, reject) =>
      zip.entry(Readable.from([Buffer.alloc(size, 7)]), { name, date: new Date('2024-05-01T12:00:00Z'), store: true }, (e) => (e ? reject(e) : resolve())),
    );
  }
  zip.finalize();
  await ended;
  return length;
}

describe('zipLength', () => {
  it('is the exact length zip-stream writes, for ASCII and UTF-8 names', async () => {
    const cases = [
      [{ name: 'a.jpg', size: 1 }],
      [
        { name: 'IMG_0001.JPG', size: 12_345 },
        { name: 'Été à Zürich 🌞.heic', size: 70_000 },
        { name: 'IMG_0001 (2).JPG', size: 3 },
      ],
      Array.from({ length: 300 }, (_, i) => ({ name: `photo-${i}.jpg`, size: (i * 37) % 1000 + 1 })),
    ];
    for (const entries of cases) expect(zipLength(entries)).toBe(await writtenLength(entries));
  });

  it('adds the zip64 records past 4 GiB and past 65,535 entries', () => {
    const small = zipLength([{ name: 'a', size: 10 }]);
    expect(small).toBe(30 + 1 + 10 + 16 + 46 + 1 + 22);
    const big = 5 * 2 ** 30;
    // A 5 GiB entry: 8-byte sizes in its data descriptor, a zip64 extra, the zip64 end records.
    expect(zipLength([{ name: 'a', size: big }])).toBe(30 + 1 + big + 24 + 46 + 1 + 28 + 76 + 22);
    // An entry starting past 4 GiB gets the extra (its offset) although it is small itself.
    expect(zipLength([{ name: 'a', size: big }, { name: 'b', size: 1 }])).toBe(30 + 1 + big + 24 + (30 + 1 + 1 + 16) + (46 + 1 + 28) + (46 + 1 + 28) + 76 + 22);
    const many = Array.from({ length: 65_536 }, () => ({ name: 'x', size: 1 }));
    expect(zipLength(many)).toBe(65_536 * (30 + 1 + 1 + 16 + 46 + 1) + 76 + 22);
  });

  it('spots the layouts compress-commons would write wrongly (a field of exactly 0xFFFFFFFF)', () => {
    expect(hitsZip64Edge([{ name: 'a', size: 0xffffffff }])).toBe(true);
    expect(hitsZip64Edge([{ name: 'a', size: 0xffffffff - 47 }, { name: 'b', size: 1 }])).toBe(true);
    expect(hitsZip64Edge([{ name: 'a', size: 0xfffffff0 }, { name: 'b', size: 1 }])).toBe(false);
  });
});
