// Metadata read from real camera files. Expected values are facts of those files (read once
// with exifr and written down here), so a parser change that shifts a date or a coordinate fails.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from './photo-metadata';
import { corpusPath } from '@/tests/support/corpus';

const samples = (...parts: string[]) => corpusPath('photos/exif-samples', ...parts);
const MTIME = new Date('2024-03-02T10:20:30.000Z');

function read(file: string, name = file.split('/').pop()!) {
  return readPhotoMetadata(readFileSync(file), name, MTIME);
}

describe('readPhotoMetadata', () => {
  it('reads a camera JPEG: wall-clock date, camera and exposure', async () => {
    const meta = await read(samples('jpg/Canon_40D.jpg'));
    expect(meta).toMatchObject({
      takenAtLocal: new Date('2008-05-30T15:56:01.000Z'),
      takenAtUtc: null, // the file gives no offset: the instant is unknown
      takenAtSource: 'exif',
      orientation: 1,
      make: 'Canon',
      model: 'Canon EOS 40D',
      exposureTime: 0.00625,
      fNumber: 7.1,
      iso: 100,
      focalLength: 135,
      latitude: null,
      longitude: null,
    });
  });

  it('knows the instant when the phone wrote its UTC offset, to the millisecond', async () => {
    const meta = await read(samples('heic/IMG_5195.HEIC'));
    expect(meta.takenAtSource).toBe('exif');
    expect(meta.takenAtLocal).toEqual(new Date('2021-04-11T15:47:53.054Z')); // SubSecTimeOriginal "054"
    expect(meta.takenAtUtc).toEqual(new Date('2021-04-11T20:47:53.054Z')); // OffsetTimeOriginal -05:00
    expect(meta.make).toBe('Apple');
    expect(meta.lens).toMatch(/^iPhone 11 Pro Max back triple camera/);
  });

  it('takes the offset from XMP when EXIF has the same wall clock without one', async () => {
    // Nikon D70 via Lightroom: EXIF 2008:03:15 09:52:01, XMP 2008-03-15T09:52:01-04:00.
    const meta = await read(samples('jpg/Nikon_D70.jpg'));
    expect(meta.takenAtSource).toBe('exif');
    expect(meta.takenAtLocal).toEqual(new Date('2008-03-15T09:52:01.000Z'));
    expect(meta.takenAtUtc).toEqual(new Date('2008-03-15T13:52:01.000Z'));
  });

  it('finds GPS positions in decimal degrees, signed by hemisphere', async () => {
    const dir = samples('jpg/gps');
    const files = readdirSync(dir).filter((f) => f.endsWith('.jpg'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const meta = await read(`${dir}/${f}`);
      // All taken near Siena, Italy.
      expect(meta.latitude, f).toBeGreaterThan(43.4);
      expect(meta.latitude, f).toBeLessThan(43.5);
      expect(meta.longitude, f).toBeGreaterThan(11.8);
      expect(meta.longitude, f).toBeLessThan(11.9);
    }
    const west = await read(samples('heic/mobile/HMD_Nokia_8.3_5G.heif')); // near Madrid: west of Greenwich
    expect(west.latitude).toBeCloseTo(40.7887, 3);
    expect(west.longitude).toBeCloseTo(-4.0051, 3);
    const south = await read(samples('jpg/Kodak_CX7530.jpg')); // Kenya, just south of the equator
    expect(south.latitude).toBeCloseTo(-0.3713, 3);
  });

  it('trims camera strings at their NUL terminator', async () => {
    const meta = await read(samples('jpg/WWL_(Polaroid)_ION230.jpg')); // Model is "ION230\0F" in the file
    expect(meta.model).toBe('ION230');
  });

  it('reads the EXIF orientation and ignores the invalid 0', async () => {
    expect((await read(corpusPath('photos/orientation/Landscape_6.jpg'))).orientation).toBe(6);
    expect((await read(corpusPath('photos/orientation/Portrait_8.jpg'))).orientation).toBe(8);
    expect((await read(corpusPath('photos/orientation/Landscape_0.jpg'))).orientation).toBeNull();
  });

  it('falls back to the XMP date when there is no EXIF date', async () => {
    const meta = await read(samples('jpg/invalid/image01551.jpg')); // XMP only: xmp:CreateDate 2011-09-23T12:43:03Z
    expect(meta.takenAtSource).toBe('xmp');
    expect(meta.takenAtLocal).toEqual(new Date('2011-09-23T12:43:03.000Z'));
    expect(meta.takenAtUtc).toEqual(new Date('2011-09-23T12:43:03.000Z'));
  });

  it('falls back to the file name, then to the file time, when the file says nothing', async () => {
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const named = await readPhotoMetadata(plain, 'IMG_20180725_163423.jpg', MTIME);
    expect(named).toMatchObject({ takenAtSource: 'filename', takenAtLocal: new Date('2018-07-25T16:34:23.000Z'), takenAtUtc: null });
    const unnamed = await readPhotoMetadata(plain, 'holiday.jpg', MTIME);
    expect(unnamed).toMatchObject({ takenAtSource: 'mtime', takenAtLocal: MTIME, takenAtUtc: MTIME, make: null, orientation: null });
    const olympus = await read(samples('jpg/exif-org/olympus-d320l.jpg')); // a real camera file without EXIF
    expect(olympus.takenAtSource).toBe('mtime');
  });

  it('never throws on broken or non-image input', async () => {
    for (const input of [Buffer.alloc(0), randomBytes(2048), Buffer.from('not a photo at all'), readFileSync(samples('jpg/corrupted.jpg'))]) {
      const meta = await readPhotoMetadata(input, 'x.jpg', MTIME);
      expect(meta.takenAtLocal).toBeInstanceOf(Date);
    }
  });

  it('keeps a small JSON-safe subset of tags for the info panel, for every corpus file', async () => {
    const root = corpusPath('photos');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(jpe?g|heic|heif|tiff?)$/i.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const { raw } = await read(`${root}/${f}`);
      const json = JSON.stringify(raw);
      expect(JSON.parse(json), f).toEqual(raw); // nothing lost: no binary, no undefined, no NaN
      expect(json.length, f).toBeLessThanOrEqual(8 * 1024);
      expect(json, f).not.toContain('\\u0000'); // PostgreSQL jsonb refuses NUL
    }
    const canon = await read(samples('jpg/Canon_40D.jpg'));
    expect(canon.raw).toMatchObject({ Make: 'Canon', DateTimeOriginal: '2008:05:30 15:56:01', FNumber: 7.1 });
  });
});
