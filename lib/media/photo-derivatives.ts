// Thumbnail, preview and thumbhash of a photo from ONE decode: the original is decoded,
// turned upright and brought into sRGB once, at preview size (JPEG shrink-on-load makes that
// cheap), and the three outputs are made from those pixels.
//
// Strictness: failOn 'error' rejects data the decoder cannot make sense of (a truncated JPEG
// stream, garbage) while accepting the harmless warnings many real cameras produce. A cut-short
// file therefore ends as failed ("cut short or corrupt"), never as a half-grey picture that
// looks fine in the list: usually the copy is still in progress or was interrupted, and a
// complete copy is picked up again when the file changes. Leniency would not be consistent
// anyway: with failOn 'none' libvips still gives up once libjpeg has warned 100 times, so a
// large restart-marker JPEG fails while a small one missing half its data "succeeds", and
// sharp reports nothing that would let us mark the latter as degraded. Measured on the corpus:
// the seven jpg/invalid/ files decode cleanly (their metadata is odd, their pixels are fine),
// jpg/corrupted.jpg fails with "Corrupt JPEG data: premature end of data segment".
//
// Colour: an sRGB (or untagged) picture is rendered in 8-bit sRGB as it always was. A
// wide-gamut one (Display P3 from phones, Adobe RGB…) is rendered in 16-bit Display P3 and its
// derived images carry the P3 profile, so browsers show its full colours; an HDR one (PQ/HLG
// AVIF) is tone-mapped to SDR first (colour-encoding.ts). The thumbhash is always sRGB.
//
// Formats browsers cannot show (HEIC, TIFF, JPEG XL, camera RAW) also get a full-size JPEG
// rendition, which the viewer's zoom loads instead of the original.
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { type ColourEncoding, colourEncodingOf, isWideGamutProfile, nclxOf, SDR, toneMapInPlace } from './colour-encoding';
import { decodeHeif, isCutShortBmff, isHeif } from './heif';
import { decodeJxl, isJxl } from './jxl';
import { jxlDimensions } from './jxl-size';
import { MediaError } from './media-error';
import { isWebSafeImage, mimeOfDecodedImage } from './media-types';
import { largestEmbeddedJpeg, withOrientation } from './raw-preview';

export interface RenderedImage {
  data: Buffer;
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
}

export interface PhotoDerivatives {
  width: number;
  height: number;
  mime: string;
  thumb: RenderedImage;
  preview: RenderedImage;
  thumbhash: Buffer;
  /** Full-size JPEG, only for formats browsers cannot display. */
  full: RenderedImage | null;
}

const MAX_PIXELS = 100_000_000;
const PREVIEW_SIZE = 1440;
const THUMB_SIZE = 250;
const TIMEOUT_SECONDS = 30;

sharp.concurrency(1); // parallelism comes from the worker's job concurrency
sharp.cache(false);

const FULL_JPEG_QUALITY = 88;

const mimeOf = (meta: Pick<Metadata, 'format' | 'compression'>) => mimeOfDecodedImage(meta.format, meta.compression);

function assertWithinPixelLimit(width: number, height: number): void {
  if (width * height > MAX_PIXELS) {
    throw new MediaError('too many pixels', `The picture declares ${width}×${height} pixels, above the ${MAX_PIXELS / 1e6}-megapixel limit.`);
  }
}

/** A JPEG whose last bytes are not its end-of-image marker (FF D9) was cut short. */
function isCutShortJpeg(file: Buffer | undefined): boolean {
  if (!file || file.length < 4 || file[0] !== 0xff || file[1] !== 0xd8) return false;
  const end = file.subarray(Math.max(0, file.length - 64)); // padding after EOI is allowed
  return !end.includes(Buffer.from([0xff, 0xd9]));
}

/** Why a picture failed to decode, in words. `file`, when given, settles a message libvips lost:
 * under load its error buffer (per thread) sometimes yields only "Unknown error" for a
 * truncated JPEG, which must still read as "cut short". */
export function decodeFailure(error: unknown, file?: Buffer): MediaError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (!/premature end|truncated|unexpected end|Corrupt JPEG/i.test(detail) && isCutShortJpeg(file)) {
    return new MediaError(detail, 'The picture data is cut short or corrupt (the JPEG ends before its end marker).');
  }
  if (/unsupported image format|not a known file format|bad seek|Input buffer contains unsupported/i.test(detail)) {
    return new MediaError(detail, 'Not a picture Shoebox can read (unknown or unsupported format).');
  }
  if (/premature end|truncated|unexpected end|Corrupt JPEG/i.test(detail)) {
    return new MediaError(detail, `The picture data is cut short or corrupt (${detail.replace(/^Vips\w*: /, '')}).`);
  }
  if (/timeout/i.test(detail)) return new MediaError(detail, `Decoding took longer than ${TIMEOUT_SECONDS} s; the file was skipped.`);
  return new MediaError(detail, `The picture could not be decoded: ${detail.replace(/^Vips\w*: /, '')}`);
}

interface UprightSource {
  pipeline: Sharp;
  width: number;
  height: number;
  mime: string;
  colour: ColourEncoding;
}

/** 8-bit samples to 16-bit, so that sharp treats the numbers as Display P3 (its 16-bit working space). */
function widen(samples: Buffer): Uint16Array {
  const wide = new Uint16Array(samples.length);
  for (let i = 0; i < samples.length; i++) wide[i] = samples[i] * 257;
  return wide;
}

async function openUpright(file: Buffer): Promise<UprightSource> {
  if (file.length === 0) throw new MediaError('empty input', 'The file is empty (0 bytes).');
  if (isJxl(file)) return openJxl(file);
  if (isCutShortBmff(file)) throw new MediaError('truncated ISO-BMFF', 'The picture data is cut short (the file ends before its image data does).');
  if (isHeif(file)) {
    // The header tells the size before the WASM decoder allocates the whole bitmap. AVIF can
    // share HEIF's brands; libvips decodes AV1 itself, so that goes the normal way below.
    const header = await sharp(file, { limitInputPixels: false }).metadata().catch(() => null);
    if (header?.compression !== 'av1') return openHeif(file, header);
  }
  let meta: Metadata;
  try {
    // Header only: an enormous declared size is refused before any pixel is allocated.
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw decodeFailure(error);
  }
  const mime = mimeOf(meta);
  if (!mime) throw new MediaError(`unsupported format ${meta.format}`, `Not a picture Shoebox can read (${meta.format} is not a photo format).`);
  const { width = 0, height = 0 } = meta;
  assertWithinPixelLimit(width, height);
  if (!width || !height) throw new MediaError('no dimensions', 'The picture has no readable dimensions.');
  const sideways = (meta.orientation ?? 1) >= 5;
  const colour = colourEncodingOf(file, meta.icc);
  const pipeline = sharp(file, { limitInputPixels: MAX_PIXELS, failOn: 'error', pages: 1 });
  colour.displayP3 = colour.displayP3 === true && colour.transfer === 'sdr' && meta.depth === 'uchar';
  if (colour.displayP3) {
    // An 8-bit Display P3 picture (iPhone JPEGs): its numbers pass through untouched and keep
    // JPEG shrink-on-load: ~300 ms at 12 MP here against ~600 ms converting in 16 bits (an
    // sRGB JPEG of the same size: ~230 ms).
    pipeline.keepIccProfile();
  } else if (colour.wide || colour.transfer !== 'sdr') {
    // 16-bit processing keeps any other wide gamut unclipped (sharp's 16-bit working space is
    // P3); it costs JPEG shrink-on-load, so sRGB pictures, nearly all of them, stay 8-bit.
    pipeline.pipelineColourspace('rgb16');
  }
  pipeline.rotate();
  return { pipeline, width: sideways ? height : width, height: sideways ? width : height, mime, colour };
}

async function openJxl(file: Buffer): Promise<UprightSource> {
  // The header tells the size before the WASM decoder allocates the whole image.
  const declared = jxlDimensions(file);
  if (declared) assertWithinPixelLimit(declared.width, declared.height);
  const jxl = await decodeJxl(file).catch((error: unknown) => {
    if (/timeout/i.test(String(error))) throw decodeFailure(error);
    throw new MediaError(String(error), 'This JPEG XL picture could not be decoded (cut short or corrupt).');
  });
  assertWithinPixelLimit(jxl.width, jxl.height);
  const raw = { width: jxl.width, height: jxl.height, channels: 4 as const };
  // libjxl already converted to sRGB (tone-mapping HDR files), so the pixels are plain sRGB.
  return { pipeline: sharp(jxl.data, { raw, limitInputPixels: MAX_PIXELS }), width: jxl.width, height: jxl.height, mime: 'image/jxl', colour: SDR };
}

async function openHeif(file: Buffer, header: Metadata | null): Promise<UprightSource> {
  if (header?.width && header.height) assertWithinPixelLimit(header.width, header.height);
  const heif = await decodeHeif(file).catch((error: unknown) => {
    if (/timeout/i.test(String(error))) throw decodeFailure(error);
    // A file cut short was refused already (isCutShortBmff): what is left is damage.
    if (/not found|Insufficient input|Invalid input|end of/i.test(String(error))) {
      throw new MediaError(String(error), 'The HEIC/HEIF file is damaged: the decoder found no picture in it.');
    }
    if (/processing error|Decoder plugin/i.test(String(error))) {
      throw new MediaError(String(error), 'The HEIC/HEIF picture data is damaged: the decoder could not read it.');
    }
    throw new MediaError(String(error), 'This HEIC/HEIF picture could not be decoded.');
  });
  const raw = { width: heif.width, height: heif.height, channels: 4 as const };
  // The WASM decoder returns the file's numbers without its profile: a Display P3 iPhone
  // picture is tagged P3 again here (other profiles are rare in HEIC and read as sRGB).
  const nclx = nclxOf(file);
  const wide = isWideGamutProfile(header?.icc) || nclx?.primaries === 12;
  const pixels = wide ? widen(heif.data) : heif.data;
  const base = { width: heif.width, height: heif.height, mime: 'image/heic' };
  return { ...base, pipeline: sharp(pixels, { raw, limitInputPixels: MAX_PIXELS }), colour: { wide, transfer: 'sdr' } };
}

export interface RenderOptions {
  /** A camera RAW file: render its embedded preview, oriented by the RAW's own EXIF. */
  raw?: { orientation: number | null };
}

async function rawPreview(file: Buffer, orientation: number | null): Promise<Buffer> {
  const jpeg = await largestEmbeddedJpeg(file);
  if (!jpeg) throw new MediaError('no embedded preview', 'This RAW file has no embedded preview Shoebox can show.');
  const own = await sharp(jpeg).metadata().catch(() => null);
  return own?.orientation && own.orientation !== 1 ? jpeg : withOrientation(jpeg, orientation);
}

interface Intermediate {
  data: Buffer | Uint16Array;
  info: OutputInfo;
  wide: boolean;
}

/** The one decode, upright and at preview size: 8-bit sRGB, or 16-bit P3 for a wide gamut. */
async function decodeAtPreviewSize(source: UprightSource): Promise<Intermediate> {
  const { colour } = source;
  const resized = source.pipeline.timeout({ seconds: TIMEOUT_SECONDS }).resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true });
  if (!colour.wide && colour.transfer === 'sdr') {
    const { data, info } = await resized.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data, info, wide: false };
  }
  if (colour.displayP3) {
    // 8-bit Display P3 numbers kept as they are; widened to 16 bits they are sharp's P3 space.
    const { data, info } = await resized.raw().toBuffer({ resolveWithObject: true });
    return { data: widen(data), info, wide: true };
  }
  const { data, info } = await resized.toColourspace('rgb16').raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true });
  const pixels = new Uint16Array(data.buffer, data.byteOffset, data.byteLength / 2);
  if (colour.transfer !== 'sdr') toneMapInPlace(pixels, info.channels, colour.transfer);
  if (colour.wide) return { data: pixels, info, wide: true };
  // HDR with ordinary primaries: back to 8-bit sRGB numbers.
  return { data: Buffer.from(Uint8Array.from(pixels, (v) => v >> 8)), info, wide: false };
}

async function renderFull(source: UprightSource, pipeline: Sharp): Promise<RenderedImage> {
  // Display P3 numbers kept as they are already carry their profile (keepIccProfile).
  const out = source.colour.displayP3 ? pipeline : source.colour.wide ? pipeline.withIccProfile('p3') : pipeline.toColourspace('srgb');
  const { data, info } = await out.timeout({ seconds: TIMEOUT_SECONDS }).jpeg({ quality: FULL_JPEG_QUALITY }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, format: 'jpeg' };
}

export async function renderPhotoDerivatives(file: Buffer, options: RenderOptions = {}): Promise<PhotoDerivatives> {
  const input = options.raw ? await rawPreview(file, options.raw.orientation) : file;
  const source = await openUpright(input);
  if (options.raw) source.mime = 'image/x-raw';
  const fullPipeline = isWebSafeImage(source.mime) ? null : source.pipeline.clone();
  let pixels: Intermediate;
  try {
    pixels = await decodeAtPreviewSize(source);
  } catch (error) {
    throw decodeFailure(error, input);
  }
  const { width, height, channels } = pixels.info;
  const raw = () => sharp(pixels.data, { raw: { width, height, channels } });
  // A wide-gamut picture keeps its P3 numbers and says so; an sRGB one needs no profile.
  const tagged = () => (pixels.wide ? raw().withIccProfile('p3').toColourspace('srgb') : raw());
  const [preview, thumb, hash, full] = await Promise.all([
    // effort 2 halves the encode time of effort 4 (~80 vs ~170 ms at 1440 px) for 3–5 % more bytes.
    tagged().webp({ quality: 80, effort: 2 }).toBuffer({ resolveWithObject: true }),
    tagged().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'outside', withoutEnlargement: true }).webp({ quality: 72 }).toBuffer({ resolveWithObject: true }),
    // thumbhash decodes to sRGB in the browser: convert P3 to sRGB for it.
    (pixels.wide ? raw().withIccProfile('srgb', { attach: false }).toColourspace('srgb') : raw())
      .resize(100, 100, { fit: 'inside' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true }),
    fullPipeline ? renderFull(source, fullPipeline).catch((error: unknown) => Promise.reject(decodeFailure(error))) : null,
  ]);
  return {
    width: source.width,
    height: source.height,
    mime: source.mime,
    preview: { data: preview.data, width: preview.info.width, height: preview.info.height, format: 'webp' },
    thumb: { data: thumb.data, width: thumb.info.width, height: thumb.info.height, format: 'webp' },
    thumbhash: Buffer.from(rgbaToThumbHash(hash.info.width, hash.info.height, hash.data)),
    full,
  };
}
