import { describe, expect, it } from 'vitest';
import ZipStream from 'zip-stream';
import { safeEntryName, uniqueEntryNames } from './zip-entry-names';

describe('uniqueEntryNames', () => {
  it('numbers repeated names the way a desktop does, ignoring case', () => {
    expect(uniqueEntryNames(['a/IMG_1.jpg', 'b/IMG_1.jpg', 'c/img_1.JPG', 'IMG_1 (2).jpg', 'video'])).toEqual([
      'IMG_1.jpg',
      'IMG_1 (2).jpg',
      'img_1 (3).JPG',
      'IMG_1 (2) (2).jpg',
      'video',
    ]);
  });

  it('keeps reserved names (the note file) for themselves', () => {
    expect(uniqueEntryNames(['x/notes.txt'], ['Notes.txt'])).toEqual(['notes (2).txt']);
  });
});

describe('safeEntryName', () => {
  it('never gives a folder, a parent, an absolute path or a character Windows refuses', () => {
    expect(safeEntryName('../../etc/passwd')).toBe('passwd');
    expect(safeEntryName('/abs/x.jpg')).toBe('x.jpg');
    expect(safeEntryName('dir\\..\\evil.jpg')).toBe('evil.jpg');
    expect(safeEntryName('..')).toBe('file');
    expect(safeEntryName('C:x.jpg')).toBe('C_x.jpg');
    expect(safeEntryName('a<b>c|d?e*"f\u0001.jpg')).toBe('a_b_c_d_e__f_.jpg');
    expect(safeEntryName('trailing. . ')).toBe('trailing');
    expect(safeEntryName('CON.jpg')).toBe('_CON.jpg');
    expect(safeEntryName('Été à Zürich 🌞.heic')).toBe('Été à Zürich 🌞.heic');
    expect([...safeEntryName(`${'x'.repeat(400)}.jpeg`)].length).toBe(200);
    expect(safeEntryName(`${'x'.repeat(400)}.jpeg`).endsWith('.jpeg')).toBe(true);
  });

  it('gives names zip-stream writes unchanged (the layout counts their bytes)', () => {
    const zip = new ZipStream({ store: true });
    for (const raw of ['../../etc/passwd', 'C:x.jpg', 'dir\\x.jpg', 'a//b', 'Été 🌞.jpg', '..', './x', 'ü:ä']) {
      const name = safeEntryName(raw);
      const written = (zip as unknown as { _normalizeFileData: (d: { name: string }) => { name: string } })._normalizeFileData({ name }).name;
      expect(written).toBe(name);
    }
  });
});
