// Reading a folder's packed known files: names (escaped, with spaces) found by name, figures
// read off their line, a date before 1970, a status other than online, a recorded Live Photo
// video, and what a rescan may skip: only a known, unchanged, online photo with no video.
import { describe, expect, it } from 'vitest';
import { KnownFolder, type PackedFolder } from './known-folder';

// Two folders in one text, as the database sends them; the second is read.
const text = [
  '/2019/',
  'other.jpg/5 1000 ',
  '/2020/',
  'plain.jpg/3 1700000000123 ',
  'with space.jpg/4 1700000000456 ',
  'new\\nline \\\\ slash.jpg/1 -305035199877 ',
  'gone.jpg/9 17 offline',
  'live.heic/2 1700000000999 ',
].join('\n');
const start = text.indexOf('\n/2020/\n') + '\n/2020/\n'.length;
const packed: PackedFolder = {
  text,
  start,
  end: text.length,
  hasEscapes: true,
  motions: new Map([['live.heic', { relPath: '2020/live.mov', size: 7, mtimeMs: 1700000000998 }]]),
};

describe('KnownFolder', () => {
  const known = new KnownFolder(packed);

  it('knows the folder’s files by name, and only those', () => {
    expect([...known.names()]).toEqual(['plain.jpg', 'with space.jpg', 'new\nline \\ slash.jpg', 'gone.jpg', 'live.heic']);
    expect(known.size).toBe(5);
    expect(known.has('other.jpg')).toBe(false);
    expect(new KnownFolder().size).toBe(0);
  });

  it('reads a file’s size, date, status and recorded video off its line', () => {
    expect(known.get('with space.jpg')).toEqual({ size: 4, mtimeMs: 1700000000456, status: 'online', motion: null });
    expect(known.get('new\nline \\ slash.jpg')).toEqual({ size: 1, mtimeMs: -305035199877, status: 'online', motion: null });
    expect(known.get('gone.jpg')).toEqual({ size: 9, mtimeMs: 17, status: 'offline', motion: null });
    expect(known.get('live.heic')?.motion).toEqual({ relPath: '2020/live.mov', size: 7, mtimeMs: 1700000000998 });
    expect(known.get('nope.jpg')).toBeUndefined();
  });

  it('lets a rescan skip only a known, unchanged, online file with no recorded video', () => {
    expect(known.isUnchangedAndPlain('plain.jpg', 3, 1700000000123.7)).toBe(true);
    expect(known.isUnchangedAndPlain('new\nline \\ slash.jpg', 1, -305035199877)).toBe(true);
    expect(known.isUnchangedAndPlain('plain.jpg', 30, 1700000000123)).toBe(false);
    expect(known.isUnchangedAndPlain('plain.jpg', 3, 1700000000124)).toBe(false);
    expect(known.isUnchangedAndPlain('gone.jpg', 9, 17)).toBe(false);
    expect(known.isUnchangedAndPlain('live.heic', 2, 1700000000999)).toBe(false);
    expect(known.isUnchangedAndPlain('nope.jpg', 3, 1700000000123)).toBe(false);
  });
});
