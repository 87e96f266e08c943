// What a user sees of a photo: upright thumbnails of the right size and colour, and a clear
// reason instead of a thumbnail when the file is not a picture.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { thumbHashToAverageRGBA } from 'thumbhash';
import { describe, expect, it } from 'vitest';
import { MediaError } from './media-error';
import { decodeFailure, type PhotoDerivatives, renderPhotoDerivatives } from './photo-derivatives';
import { corpusPath } from '@/tests/support/corpus';

const samples = (...parts: string[]) => corpusPath('photos/exif-samples', ...parts);

/** Mean absolute difference of two images squeezed to 16×16 grey: ~0 alike, tens when not. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((i) => sharp(i).greyscale().resize(16, 16, { fit: 'fill' }).raw().toBuffer()));
  return x.reduce((sum, v, i) => sum + Math.abs(v - y[i]), 0) / x.length;
}

async function failure(input: Buffer): Promise<MediaError> {
  const error = await renderPhotoDerivatives(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

function expectSizes(r: PhotoDerivatives) {
  expect(Math.min(r.thumb.width, r.thumb.height)).toBe(Math.min(250, r.preview.width, r.preview.height));
  expect(Math.max(r.preview.width, r.preview.height)).toBeLessThanOrEqual(1440);
  expect(r.preview.width >= r.preview.height).toBe(r.width >= r.height);
}

describe('orientation', () => {
  const twins = new Map<string, Promise<PhotoDerivatives>>();
  const twin = (shape: string) => {
    if (!twins.has(shape)) twins.set(shape, renderPhotoDerivatives(readFileSync(corpusPath(`photos/orientation/${shape}_1.jpg`))));
    return twins.get(shape)!;
  };
  const files = readdirSync(corpusPath('photos/orientation')).filter((f) => /^(Landscape|Portrait)_\d\.jpg$/.test(f));

  it('covers every EXIF orientation of both shapes', () => {
    expect(files).toHaveLength(18);
  });

  it.each(files)('%s is shown upright, like its _1 twin', async (file) => {
    const shape = file.split('_')[0];
    const rendered = await renderPhotoDerivatives(readFileSync(corpusPath('photos/orientation', file)));
    expect([rendered.width, rendered.height]).toEqual(shape === 'Landscape' ? [1800, 1200] : [1200, 1800]);
    expect([rendered.thumb.width, rendered.thumb.height]).toEqual(shape === 'Landscape' ? [375, 250] : [250, 375]);
    expect(await difference(rendered.thumb.data, (await twin(shape)).thumb.data)).toBeLessThan(5);
  });

  it('tells a turned or mirrored thumbnail apart from the upright one', async () => {
    const upright = (await twin('Portrait')).thumb.data;
    for (const wrong of [sharp(upright).rotate(90), sharp(upright).rotate(180), sharp(upright).flop(), sharp(upright).flip()]) {
      expect(await difference(await wrong.toBuffer(), upright)).toBeGreaterThan(20);
    }
  });

  it('strips the orientation from the thumbnail so a browser does not turn it again', async () => {
    const meta = await sharp((await renderPhotoDerivatives(readFileSync(corpusPath('photos/orientation/Landscape_6.jpg')))).thumb.data).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });
});

describe('sizes', () => {
  it('makes a 250 px thumbnail and a preview within 1440 px from a large photo', async () => {
    const r = await renderPhotoDerivatives(readFileSync(samples('jpg/hdr/iphone_hdr_YES.jpg')));
    expect(r).toMatchObject({ width: 3264, height: 2448, mime: 'image/jpeg' });
    expect([r.preview.width, r.preview.height]).toEqual([1440, 1080]);
    expect([r.thumb.width, r.thumb.height]).toEqual([333, 250]);
  });

  it('never enlarges a small photo', async () => {
    const r = await renderPhotoDerivatives(readFileSync(samples('jpg/Canon_40D.jpg')));
    expect([r.width, r.height, r.preview.width, r.preview.height, r.thumb.width, r.thumb.height]).toEqual([100, 68, 100, 68, 100, 68]);
  });
});

describe('formats', () => {
  const heic = ['heic/IMG_5195.HEIC', 'heic/samplefilehub.heif', 'heic/mobile/iphone_13_pro_max.HEIC', 'heic/mobile/HMD_Nokia_8.3_5G.heif', 'heic/mobile/HMD_Nokia_8.3_5G_hdr.heif'];

  it.each(heic)('decodes %s (HEVC inside, which sharp alone cannot)', async (file) => {
    const data = readFileSync(samples(file));
    const header = await sharp(data).metadata(); // dimensions after the file's own rotation
    const r = await renderPhotoDerivatives(data);
    expect(r).toMatchObject({ mime: 'image/heic', width: header.width, height: header.height });
    expectSizes(r);
  });

  it('stands an iPhone HEIC up by its rotation box: portrait, like the phone showed it', async () => {
    const r = await renderPhotoDerivatives(readFileSync(samples('heic/mobile/iphone_13_pro_max.HEIC')));
    expect([r.width, r.height]).toEqual([3024, 4032]);
  });

  it('decodes the corpus TIFFs, including the one whose folder and name carry a quote', async () => {
    const dirs = [samples('tiff'), samples('"tiff')];
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.tiff"?$/.test(f)).map((f) => `${d}/${f}`));
    expect(files.length).toBe(8);
    for (const file of files) {
      const r = await renderPhotoDerivatives(readFileSync(file));
      expect(r.mime, file).toBe('image/tiff');
      expectSizes(r);
    }
  });

  it('detects the format from the content, not the name: AVIF, WebP, PNG', async () => {
    const source = sharp(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'))).resize(600);
    expect((await renderPhotoDerivatives(await source.clone().avif().toBuffer())).mime).toBe('image/avif');
    expect((await renderPhotoDerivatives(await source.clone().webp().toBuffer())).mime).toBe('image/webp');
    expect((await renderPhotoDerivatives(await source.clone().png().toBuffer())).mime).toBe('image/png');
  });

  it('shows the first frame of an animated GIF', async () => {
    const frame = sharp(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'))).resize(300);
    const first = await frame.clone().png().toBuffer();
    const second = await frame.clone().negate().png().toBuffer();
    const gif = await sharp([first, second], { join: { animated: true } }).gif().toBuffer();
    const r = await renderPhotoDerivatives(gif);
    expect(r.mime).toBe('image/gif');
    expect([r.width, r.height]).toEqual([300, 200]);
    expect(await difference(r.thumb.data, first)).toBeLessThan(10);
    expect(await difference(r.thumb.data, second)).toBeGreaterThan(30);
  });

  it('converts colours to sRGB using the embedded profile', async () => {
    // Pure sRGB green stored as Display P3 numbers (about 117,251,76): shown untouched it would look dull.
    const p3 = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 0, g: 255, b: 0 } } }).withIccProfile('p3').png().toBuffer();
    const r = await renderPhotoDerivatives(p3);
    const [red, green, blue] = await sharp(r.preview.data).raw().toBuffer();
    expect(red).toBeLessThan(20);
    expect(green).toBeGreaterThan(235);
    expect(blue).toBeLessThan(20);
  });

  it('makes a thumbhash with the picture’s colour', async () => {
    const red = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
    const { thumbhash } = await renderPhotoDerivatives(red);
    expect(thumbhash.length).toBeLessThanOrEqual(25);
    const average = thumbHashToAverageRGBA(thumbhash);
    expect(average.r).toBeCloseTo(200 / 255, 1);
    expect(average.g).toBeCloseTo(30 / 255, 1);
    expect(average.b).toBeCloseTo(30 / 255, 1);
  });
});

/** A valid, tiny PNG whose header declares 20000×20000 pixels (a decompression bomb). */
function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (data: Buffer) => (data.reduce((c, byte) => crcTable[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20_000, 0);
  ihdr.writeUInt32BE(20_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

describe('files that are not a picture', () => {
  it('refuses an empty file', async () => {
    expect((await failure(Buffer.alloc(0))).reason).toMatch(/empty/);
  });

  it('refuses random bytes and text', async () => {
    expect((await failure(randomBytes(4096))).reason).toMatch(/Not a picture Shoebox can read/);
    expect((await failure(readFileSync(samples('jpg/README')))).reason).toMatch(/Not a picture Shoebox can read/);
  });

  it('refuses an SVG even when it is named like a photo', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect((await failure(svg)).reason).toMatch(/svg is not a photo format/);
  });

  it('refuses a PNG declaring 20000×20000 pixels from its header alone', async () => {
    const bomb = pngBomb();
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(20_000); // a well-formed PNG
    expect((await failure(bomb)).reason).toBe('The picture declares 20000×20000 pixels, above the 100-megapixel limit.');
  });

  it('refuses a HEIC declaring 20000×20000 pixels before the WASM decoder allocates them', async () => {
    const heic = Buffer.from(readFileSync(samples('heic/samplefilehub.heif')));
    const ispe = heic.indexOf('ispe'); // the image-size box: version/flags, then width and height
    heic.writeUInt32BE(20_000, ispe + 8);
    heic.writeUInt32BE(20_000, ispe + 12);
    expect((await failure(heic)).reason).toBe('The picture declares 20000×20000 pixels, above the 100-megapixel limit.');
  });

  it('calls a truncated JPEG cut short even when libvips loses its message ("Unknown error", seen under load)', () => {
    const whole = readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'));
    const lost = new Error('VipsJpeg: Unknown error');
    expect(decodeFailure(lost, whole.subarray(0, whole.length >> 1)).reason).toMatch(/^The picture data is cut short or corrupt/);
    // A whole JPEG with a lost message stays "could not be decoded": the marker is there.
    expect(decodeFailure(lost, whole).reason).toBe('The picture could not be decoded: Unknown error');
  });

  it('fails a JPEG cut in half rather than showing half a picture', async () => {
    // Decision: failed, not degraded (see the strictness note in photo-derivatives.ts). This
    // small file is one libvips could otherwise render with a grey lower half.
    const whole = readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'));
    expect((await failure(whole.subarray(0, whole.length >> 1))).reason).toMatch(/^The picture data is cut short or corrupt \(.*premature end/);
  });

  it('fails the corpus’s corrupted JPEG with the decoder’s reason', async () => {
    expect((await failure(readFileSync(samples('jpg/corrupted.jpg')))).reason).toBe(
      'The picture data is cut short or corrupt (Corrupt JPEG data: premature end of data segment).',
    );
  });

  it('shows the jpg/invalid/ files: their metadata is odd, their pixels are fine', async () => {
    const dir = samples('jpg/invalid');
    const files = readdirSync(dir).filter((f) => f.endsWith('.jpg'));
    expect(files.length).toBe(7);
    for (const f of files) {
      const r = await renderPhotoDerivatives(readFileSync(`${dir}/${f}`));
      expect(r.mime, f).toBe('image/jpeg');
      expectSizes(r);
    }
  });
});
