import { describe, expect, it } from 'vitest';
import { isPhotoFile, isUnsupportedMediaFile, mediaKindOf, mimeOfDecodedImage, mimeOfVideoContainer, servedTypeOfOriginal } from './media-types';

describe('isPhotoFile', () => {
  it('accepts photo extensions whatever their case', () => {
    for (const name of ['a.jpg', 'B.JPG', 'c.Jpeg', 'IMG_1.HEIC', 'x.heif', 'scan.TIF', 'scan.tiff', 'p.png', 'w.webp', 'a.avif', 'g.gif', 'photo.JXL', 'r.NEF']) {
      expect(isPhotoFile(name), name).toBe(true);
    }
  });

  it('rejects videos, sidecars, hidden names and look-alikes', () => {
    for (const name of ['clip.mp4', 'photo.jpg.xmp', 'notes.txt', '.jpg', 'jpg', 'photo.jpgx', 'archive.tiff.gz']) {
      expect(isPhotoFile(name), name).toBe(false);
    }
  });
});

describe('mediaKindOf', () => {
  it('sorts a folder’s files into photos, videos, unsupported media and the rest', () => {
    expect(['a.JPG', 'b.cr3', 'c.MOV', 'd.mkv', 'e.psd', 'f.txt'].map((n) => mediaKindOf(n) ?? (isUnsupportedMediaFile(n) ? 'unsupported' : null))).toEqual([
      'photo', 'photo', 'video', 'video', 'unsupported', null,
    ]);
  });
});

describe('MIME types', () => {
  it('records what sharp decoded, HEIF as HEIC and AV1-in-HEIF as AVIF, and refuses formats that are not photos', () => {
    expect(mimeOfDecodedImage('jpeg')).toBe('image/jpeg');
    expect(mimeOfDecodedImage('tiff')).toBe('image/tiff');
    expect(mimeOfDecodedImage('heif', 'hevc')).toBe('image/heic');
    expect(mimeOfDecodedImage('heif', 'av1')).toBe('image/avif');
    expect(mimeOfDecodedImage('svg')).toBeNull();
    expect(mimeOfDecodedImage('pdf')).toBeNull();
  });

  it('names a video by the container family ffprobe found', () => {
    expect(mimeOfVideoContainer('mov,mp4,m4a,3gp,3g2,mj2')).toBe('video/mp4');
    expect(mimeOfVideoContainer('matroska,webm')).toBe('video/webm');
    expect(mimeOfVideoContainer('avi')).toBe('video/x-msvideo');
    expect(mimeOfVideoContainer(null)).toBe('application/octet-stream');
  });

  it('serves an original only with a safe content type: HTML or SVG named like a photo goes out as bytes', () => {
    expect(servedTypeOfOriginal(null, 'holiday/IMG_1.JPG')).toBe('image/jpeg');
    expect(servedTypeOfOriginal(null, 'clip.mkv')).toBe('video/x-matroska');
    expect(servedTypeOfOriginal('text/html', 'evil.jpg')).toBe('application/octet-stream');
    expect(servedTypeOfOriginal(null, 'drawing.svg')).toBe('application/octet-stream');
  });
});
