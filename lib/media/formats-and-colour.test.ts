// Formats people have that browsers and sharp alone cannot show, and colours that must survive:
// JPEG XL (8-bit and 16-bit HDR), 10-bit HDR AVIF in Display P3 with a PQ curve, Display P3
// iPhone HEIC. Each is compared with a reference the test derives independently.
import { readFileSync } from 'node:fs';
import sharp, { type Region, type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPhotoDerivatives } from './photo-derivatives';
import { corpusPath } from '@/tests/support/corpus';

const formats = (name: string) => readFileSync(corpusPath('immich-test-assets/formats', name));

/** Mean chroma (max − min channel) of an image after converting it to sRGB: 0 for grey. */
async function meanChroma(image: Buffer | Sharp): Promise<number> {
  const pipeline = Buffer.isBuffer(image) ? sharp(image) : image;
  const { data, info } = await pipeline.resize(64, 64, { fit: 'fill' }).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  for (let i = 0; i < data.length; i += info.channels) sum += Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]);
  return sum / (data.length / info.channels);
}

/** Mean sRGB colour of an image or a region of it, read through its ICC profile. */
async function meanRgb(image: Buffer, region?: Region): Promise<number[]> {
  const pipeline = sharp(image);
  if (region) pipeline.extract(region);
  const { data, info } = await pipeline.toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
  return sum.map((v) => v / (data.length / info.channels));
}

async function profileName(image: Buffer): Promise<string | null> {
  const { icc } = await sharp(image).metadata();
  return icc ? icc.toString('latin1').replace(/\0/g, '').match(/P3|sRGB/)?.[0] ?? 'other' : null;
}

describe('JPEG XL', () => {
  it('decodes an 8-bit sRGB JPEG XL to the right size and its colours', async () => {
    const r = await renderPhotoDerivatives(formats('8bit-sRGB.jxl'));
    expect(r).toMatchObject({ mime: 'image/jxl', width: 1440, height: 1080 });
    expect([r.thumb.width, r.thumb.height]).toEqual([333, 250]);
    // The orange bag and the green-blue vase: a colourful picture, not a grey or black one.
    expect(await meanChroma(r.preview.data)).toBeGreaterThan(25);
    const [red, green, blue] = await meanRgb(r.preview.data);
    expect(red).toBeGreaterThan(blue); // warm wall and floor
    expect(Math.min(red, green, blue)).toBeGreaterThan(40);
    expect(Math.max(red, green, blue)).toBeLessThan(220);
  }, 60_000);

  it('decodes a 16-bit HDR Display P3 JPEG XL: a green valley under a blue sky', async () => {
    const r = await renderPhotoDerivatives(formats('16bit-HDR-P3-nclx.jxl'));
    expect(r).toMatchObject({ mime: 'image/jxl', width: 5667, height: 3685 });
    const [skyR, skyG, skyB] = await meanRgb(r.preview.data, { left: 700, top: 10, width: 200, height: 40 });
    const [grassR, grassG, grassB] = await meanRgb(r.preview.data, { left: 300, top: 780, width: 600, height: 120 });
    expect(skyB).toBeGreaterThan(skyR + 30);
    expect(skyB).toBeGreaterThan(skyG);
    expect(grassG).toBeGreaterThan(grassR);
    expect(grassG).toBeGreaterThan(grassB + 30);
  }, 120_000);

  it('refuses a JPEG XL declaring 20000×20000 pixels from its header, before the decoder allocates them', async () => {
    // SizeHeader, least significant bit first: not div8 (0), height selector 2 = 18 bits
    // holding 19999, aspect ratio 1 (1:1) — then nothing a decoder could use.
    const fields: [number, number][] = [[0, 1], [2, 2], [19_999, 18], [1, 3]];
    const bits = fields.flatMap(([value, count]) => Array.from({ length: count }, (_, i) => (value >> i) & 1));
    const header = Buffer.alloc(Math.ceil(bits.length / 8));
    bits.forEach((bit, i) => (header[i >> 3] |= bit << (i & 7)));
    const bomb = Buffer.concat([Buffer.from([0xff, 0x0a]), header, Buffer.alloc(64, 0x55)]);
    await expect(renderPhotoDerivatives(bomb)).rejects.toMatchObject({ reason: 'The picture declares 20000×20000 pixels, above the 100-megapixel limit.' });
  });

  it('refuses a JPEG XL cut short with a reason', async () => {
    const whole = formats('8bit-sRGB.jxl');
    await expect(renderPhotoDerivatives(whole.subarray(0, whole.length >> 2))).rejects.toMatchObject({ reason: expect.stringMatching(/JPEG XL/) });
  }, 60_000);
});

describe('wide gamut and HDR keep their colours', () => {
  it('tone-maps a 10-bit PQ Display P3 AVIF instead of showing it flat and grey, and keeps P3', async () => {
    const file = formats('10bit-HDR-P3-nclx.avif');
    const r = await renderPhotoDerivatives(file);
    expect(await profileName(r.preview.data)).toBe('P3');
    expect(await profileName(r.thumb.data)).toBe('P3');
    // Reference: the PQ numbers read as if they were ordinary sRGB, which is what a
    // colour-blind pipeline shows. The sky should be clearly bluer than that.
    const naive = sharp(file).resize(200);
    expect(await meanChroma(r.preview.data)).toBeGreaterThan((await meanChroma(naive)) * 1.5);
    const [red, green, blue] = await meanRgb(r.preview.data, { left: 100, top: 50, width: 300, height: 200 });
    expect(blue).toBeGreaterThan(red + 60);
    expect(blue).toBeGreaterThan(green);
  }, 60_000);

  it('keeps the Display P3 profile of an iPhone HEIC in the thumbnail, preview and full-size rendition', async () => {
    const file = formats('IMG_2682.heic');
    const r = await renderPhotoDerivatives(file);
    expect(await profileName(r.preview.data)).toBe('P3');
    expect(await profileName(r.thumb.data)).toBe('P3');
    expect(await profileName(r.full!.data)).toBe('P3');
  }, 60_000);

  it('shows a saturated P3 colour unclipped: its P3 numbers survive into the derived images', async () => {
    // A P3 red outside sRGB: converted through 8-bit sRGB it would be clipped to sRGB red.
    // Raw numbers (255,0,0) labelled Display P3 (sharp's 16-bit working space is P3, so they pass through).
    const p3red = await sharp(new Uint16Array(64 * 64 * 3).map((_, i) => (i % 3 === 0 ? 65535 : 0)), { raw: { width: 64, height: 64, channels: 3 } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    expect(await profileName(p3red)).toBe('P3');
    const r = await renderPhotoDerivatives(p3red);
    expect(await profileName(r.preview.data)).toBe('P3');
    const [red, green, blue] = await sharp(r.preview.data, { ignoreIcc: true }).raw().toBuffer();
    expect([red, green, blue].map((v) => Math.round(v / 10))).toEqual([26, 0, 0]); // P3 (255,0,0), not sRGB red's P3 (234,51,35)
  });

  it('passes an 8-bit Display P3 JPEG (as iPhones write them) through unclipped, profile and all', async () => {
    const p3red = await sharp(new Uint16Array(64 * 64 * 3).map((_, i) => (i % 3 === 0 ? 65535 : 0)), { raw: { width: 64, height: 64, channels: 3 } })
      .withIccProfile('p3')
      .jpeg({ quality: 95 })
      .toBuffer();
    expect((await sharp(p3red).metadata()).depth).toBe('uchar');
    const r = await renderPhotoDerivatives(p3red);
    for (const image of [r.preview.data, r.thumb.data]) {
      expect(await profileName(image)).toBe('P3');
      const [red, green, blue] = await sharp(image, { ignoreIcc: true }).raw().toBuffer();
      expect(red).toBeGreaterThan(245);
      expect(Math.max(green, blue)).toBeLessThan(15); // sRGB red in P3 numbers would be (234,51,35)
    }
  });

  it('leaves an ordinary sRGB photo untagged and 8-bit, as before', async () => {
    const r = await renderPhotoDerivatives(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg')));
    expect(await profileName(r.preview.data)).toBeNull();
    expect(r.full).toBeNull(); // browsers show a JPEG themselves
  });
});

describe('failures in plain words', () => {
  it('fails a HEIC and an AVIF cut short instead of showing them half grey or "unsupported"', async () => {
    for (const name of ['IMG_2682.heic', '8bit-sRGB.avif']) {
      const whole = formats(name);
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      await expect(renderPhotoDerivatives(cut), name).rejects.toMatchObject({ reason: 'The picture data is cut short (the file ends before its image data does).' });
    }
  });

  it('says a HEIC whose index or picture data is damaged is damaged', async () => {
    const noIndex = Buffer.from(formats('IMG_2682.heic'));
    const iloc = noIndex.indexOf('iloc'); // where the picture's data lies: zeroed
    noIndex.fill(0, iloc + 4, iloc + 40);
    await expect(renderPhotoDerivatives(noIndex)).rejects.toMatchObject({ reason: 'The HEIC/HEIF file is damaged: the decoder found no picture in it.' });
    const noData = Buffer.from(formats('IMG_2682.heic'));
    noData.fill(0, noData.indexOf('mdat') + 12); // the HEVC data zeroed, the file's length kept
    await expect(renderPhotoDerivatives(noData)).rejects.toMatchObject({ reason: 'The HEIC/HEIF picture data is damaged: the decoder could not read it.' });
  });
});

describe('full-size rendition for formats browsers cannot display', () => {
  it('makes a full-size upright JPEG of a HEIC and a TIFF, none of an AVIF', async () => {
    const heic = await renderPhotoDerivatives(readFileSync(corpusPath('photos/exif-samples/heic/mobile/iphone_13_pro_max.HEIC')));
    expect(heic.full).toMatchObject({ width: 3024, height: 4032, format: 'jpeg' });
    expect((await sharp(heic.full!.data).metadata()).format).toBe('jpeg');
    const tiff = await sharp(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'))).tiff().toBuffer();
    expect((await renderPhotoDerivatives(tiff)).full).toMatchObject({ width: 1800, height: 1200, format: 'jpeg' });
    const avif = await sharp(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'))).resize(400).avif().toBuffer();
    expect((await renderPhotoDerivatives(avif)).full).toBeNull();
  }, 60_000);
});
