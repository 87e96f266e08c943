import { describe, expect, it } from 'vitest';
import { isPhotoFile } from './image-extensions';

describe('isPhotoFile', () => {
  it('accepts photo extensions whatever their case', () => {
    for (const name of ['a.jpg', 'B.JPG', 'c.Jpeg', 'IMG_1.HEIC', 'x.heif', 'scan.TIF', 'scan.tiff', 'p.png', 'w.webp', 'a.avif', 'g.gif', 'photo.JXL']) {
      expect(isPhotoFile(name), name).toBe(true);
    }
  });

  it('rejects videos, sidecars, hidden names and look-alikes', () => {
    for (const name of ['clip.mp4', 'photo.jpg.xmp', 'notes.txt', '.jpg', 'jpg', 'photo.jpgx', 'archive.tiff.gz']) {
      expect(isPhotoFile(name), name).toBe(false);
    }
  });
});
