import { describe, expect, it } from 'vitest';
import { datedFolder, numberedName, sanitiseFileName, withExtension } from './upload-paths';

describe('upload file names', () => {
  it('keeps a plain name and removes folders, control characters and leading dots', () => {
    expect(sanitiseFileName('IMG_0001.JPG')).toBe('IMG_0001.JPG');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\me\\photo.jpg')).toBe('photo.jpg');
    expect(sanitiseFileName('.hidden.jpg')).toBe('hidden.jpg');
    expect(sanitiseFileName('a\u0000b\nc.jpg')).toBe('a_b_c.jpg');
    expect(sanitiseFileName('..')).toBe('upload');
    expect(sanitiseFileName('')).toBe('upload');
  });

  it('shortens a long name to 200 bytes and keeps the extension', () => {
    const name = sanitiseFileName(`${'é'.repeat(300)}.jpeg`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.jpeg')).toBe(true);
  });

  it('numbers a taken name before its extension, and files by year and month', () => {
    expect(numberedName('photo.jpg', 1)).toBe('photo.jpg');
    expect(numberedName('photo.jpg', 2)).toBe('photo (2).jpg');
    expect(withExtension('clip.jpg', 'mp4')).toBe('clip.mp4');
    expect(datedFolder(new Date(2026, 0, 5))).toBe('2026/01');
  });
});
