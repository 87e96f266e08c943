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
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { decodeHeif, isHeif } from './heif';
import { MediaError } from './media-error';
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
}

export const MAX_PIXELS = 100_000_000;
const PREVIEW_SIZE = 1440;
const THUMB_SIZE = 250;
const TIMEOUT_SECONDS = 30;

sharp.concurrency(1); // parallelism comes from the worker's job concurrency
sharp.cache(false);

// The formats Shoebox accepts, whatever the extension says. libvips also reads SVG, PDF and
// more; a file that merely carries a photo's name must not be rendered as one of those.
const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
  heif: 'image/heic',
};

// sharp names every HEIF container 'heif'; AVIF is the one with AV1 inside.
function mimeOf(meta: Pick<Metadata, 'format' | 'compression'>): string | null {
  if (meta.format === 'heif' && meta.compression === 'av1') return 'image/avif';
  return MIME[meta.format] ?? null;
}

function assertWithinPixelLimit(width: number, height: number): void {
  if (width * height > MAX_PIXELS) {
    throw new MediaError('too many pixels', `The picture declares ${width}×${height} pixels, above the ${MAX_PIXELS / 1e6}-megapixel limit.`);
  }
}

function decodeFailure(error: unknown): MediaError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
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
}

async function openUpright(file: Buffer): Promise<UprightSource> {
  if (file.length === 0) throw new MediaError('empty input', 'The file is empty (0 bytes).');
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
  const pipeline = sharp(file, { limitInputPixels: MAX_PIXELS, failOn: 'error', pages: 1 }).rotate();
  return { pipeline, width: sideways ? height : width, height: sideways ? width : height, mime };
}

async function openHeif(file: Buffer, header: Metadata | null): Promise<UprightSource> {
  if (header?.width && header.height) assertWithinPixelLimit(header.width, header.height);
  const heif = await decodeHeif(file).catch((error: unknown) => {
    if (/timeout/i.test(String(error))) throw decodeFailure(error);
    throw new MediaError(String(error), 'This HEIC/HEIF picture could not be decoded.');
  });
  const raw = { width: heif.width, height: heif.height, channels: 4 as const };
  return { pipeline: sharp(heif.data, { raw, limitInputPixels: MAX_PIXELS }), width: heif.width, height: heif.height, mime: 'image/heic' };
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

export async function renderPhotoDerivatives(file: Buffer, options: RenderOptions = {}): Promise<PhotoDerivatives> {
  const input = options.raw ? await rawPreview(file, options.raw.orientation) : file;
  const source = await openUpright(input);
  if (options.raw) source.mime = 'image/x-raw';
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await source.pipeline
      .timeout({ seconds: TIMEOUT_SECONDS })
      .resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw decodeFailure(error);
  }
  const { width, height, channels } = pixels.info;
  const raw = () => sharp(pixels.data, { raw: { width, height, channels } });
  const [preview, thumb, hash] = await Promise.all([
    // effort 2 halves the encode time of effort 4 (~80 vs ~170 ms at 1440 px) for 3–5 % more bytes.
    raw().webp({ quality: 80, effort: 2 }).toBuffer({ resolveWithObject: true }),
    raw().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'outside', withoutEnlargement: true }).webp({ quality: 72 }).toBuffer({ resolveWithObject: true }),
    raw().resize(100, 100, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true }),
  ]);
  return {
    width: source.width,
    height: source.height,
    mime: source.mime,
    preview: { data: preview.data, width: preview.info.width, height: preview.info.height, format: 'webp' },
    thumb: { data: thumb.data, width: thumb.info.width, height: thumb.info.height, format: 'webp' },
    thumbhash: Buffer.from(rgbaToThumbHash(hash.info.width, hash.info.height, hash.data)),
  };
}
