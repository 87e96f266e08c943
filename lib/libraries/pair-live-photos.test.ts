// Live Photo pairing as the scan sees it: same folder, same name whatever the case, a still
// format and a short .MOV/.MP4; everything else stays as it was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairLivePhotos } from './pair-live-photos';
import type { UnsupportedFile, WalkedFile } from './walk-library';

const MB = 1024 * 1024;
const file = (relPath: string, size = 3 * MB): WalkedFile => ({
  relPath,
  name: path.basename(relPath),
  type: /\.(mov|mp4)$/i.test(relPath) ? 'video' : 'photo',
  size,
  mtimeMs: 1_700_000_000_000,
  motion: null,
});

/** Pairs as the scan does: the walk hands over each folder's entries together. */
async function pair(entries: (WalkedFile | UnsupportedFile)[]) {
  const folders = new Map<string, (WalkedFile | UnsupportedFile)[]>();
  for (const e of entries) folders.set(path.dirname(e.relPath), [...(folders.get(path.dirname(e.relPath)) ?? []), e]);
  return [...folders.values()].flatMap(pairLivePhotos);
}

describe('pairLivePhotos', () => {
  it('moves a Live Photo’s video onto its still, whatever the case of the names', async () => {
    const out = await pair([file('2023/IMG_1.HEIC'), file('2023/img_1.mov'), file('2023/IMG_2.jpg'), file('2023/IMG_2.MOV')]);
    expect(out).toEqual([
      { ...file('2023/IMG_1.HEIC'), motion: { relPath: '2023/img_1.mov', size: 3 * MB, mtimeMs: 1_700_000_000_000 } },
      { type: 'motion-part', relPath: '2023/img_1.mov', name: 'img_1.mov' },
      { ...file('2023/IMG_2.jpg'), motion: { relPath: '2023/IMG_2.MOV', size: 3 * MB, mtimeMs: 1_700_000_000_000 } },
      { type: 'motion-part', relPath: '2023/IMG_2.MOV', name: 'IMG_2.MOV' },
    ]);
  });

  it('pairs within a folder only, takes one video per name (.mov first), and gives it to every still of that name', async () => {
    const out = await pair([file('a/IMG_4.heic'), file('b/IMG_4.mov'), file('c/IMG_5.heic'), file('c/IMG_5.jpg'), file('c/IMG_5.mp4'), file('c/IMG_5.mov')]);
    expect(out.map((e) => [e.relPath, 'motion' in e ? (e.motion?.relPath ?? null) : e.type])).toEqual([
      ['a/IMG_4.heic', null],
      ['b/IMG_4.mov', null],
      ['c/IMG_5.heic', 'c/IMG_5.mov'],
      ['c/IMG_5.jpg', 'c/IMG_5.mov'],
      ['c/IMG_5.mp4', null], // an ordinary video of its own
      ['c/IMG_5.mov', 'motion-part'],
    ]);
  });

  it('leaves a PNG’s namesake, a long video and unsupported files alone', async () => {
    const unsupported: UnsupportedFile = { relPath: 'x/scan.psd', type: 'unsupported' };
    const out = await pair([file('x/drawing.png'), file('x/drawing.mov'), unsupported, file('x/holiday.jpg'), file('x/holiday.mp4', 400 * MB)]);
    // Unsupported files pass straight through; a folder's files come once the folder is read.
    expect(out).toEqual([
      unsupported,
      { ...file('x/drawing.png'), motion: null },
      { ...file('x/drawing.mov'), motion: null },
      { ...file('x/holiday.jpg'), motion: null },
      { ...file('x/holiday.mp4', 400 * MB), motion: null },
    ]);
  });
});
