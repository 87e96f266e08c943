// The one home of Shoebox's file-type facts: which extensions are photos, camera RAW, videos or
// known-but-unsupported media, and which MIME type a file, a decoded image or a video container
// gets. Extension → MIME comes from the `mime-types` database; only where Shoebox deliberately
// differs (see each table) is a value written here.
import type { AssetType } from '@/lib/server/generated/prisma/enums';
import path from 'node:path';
import { lookup } from 'mime-types';

/** A library file is a photo or a video asset. */
export type MediaKind = AssetType;

// Formats read through sharp, or through our HEIF and JPEG XL decoders.
export const PHOTO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg', '.jpeg', '.jpe', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif', '.jxl',
]);

// Camera RAW: shown through the JPEG preview the camera embedded (lib/media/raw-preview.ts).
export const RAW_EXTENSIONS: ReadonlySet<string> = new Set(['.dng', '.cr2', '.cr3', '.nef', '.nrw', '.arw', '.orf', '.raf', '.rw2', '.pef', '.srw']);

// Anything ffmpeg decodes that people keep beside their photos.
export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.mp4', '.m4v', '.mov', '.mkv', '.webm', '.avi', '.wmv', '.mpg', '.mpeg', '.m2ts', '.mts', '.3gp', '.flv', '.ogv',
]);

// Picture and video formats people keep in photo folders that no reader here handles. A file
// with one of these names is counted in the scan report ("skipped: unsupported format")
// instead of vanishing silently; other files (sidecars, notes, Thumbs.db) are not media at all.
const UNSUPPORTED_MEDIA_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jp2', '.j2k', '.jpf', '.jpx', '.jpm', '.svg', '.svgz', '.bmp', '.ico', '.psd', '.psb', '.xcf', '.eps', '.jxr', '.wdp', '.hdp',
  '.exr', '.hdr', '.tga', '.pcx', '.ppm', '.pgm', '.pbm', '.pnm', '.apng', '.rm', '.rmvb', '.vob', '.asf', '.divx', '.f4v', '.mxf', '.dv',
]);

const extensionOf = (fileName: string) => path.extname(fileName).toLowerCase();

export const isRawFile = (fileName: string): boolean => RAW_EXTENSIONS.has(extensionOf(fileName));

export function isPhotoFile(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return PHOTO_EXTENSIONS.has(ext) || RAW_EXTENSIONS.has(ext);
}

export function mediaKindOf(fileName: string): MediaKind | null {
  if (isPhotoFile(fileName)) return 'photo';
  return VIDEO_EXTENSIONS.has(extensionOf(fileName)) ? 'video' : null;
}

// Apple Live Photos: the still (HEIC, or JPEG once exported) and a short video with the same
// name in the same folder. Such a video is the photo's motion part, not an asset of its own.
const LIVE_PHOTO_STILL_EXTENSIONS: ReadonlySet<string> = new Set(['.heic', '.heif', '.jpg', '.jpeg']);
const LIVE_PHOTO_VIDEO_EXTENSIONS: readonly string[] = ['.mov', '.mp4']; // in order of preference

export const isLivePhotoStill = (fileName: string): boolean => LIVE_PHOTO_STILL_EXTENSIONS.has(extensionOf(fileName));

/** The rank of a Live Photo video's extension (lower is preferred), or -1 when it is none. */
export const livePhotoVideoRank = (fileName: string): number => LIVE_PHOTO_VIDEO_EXTENSIONS.indexOf(extensionOf(fileName));

// An iPhone's Live Photo video is about 3 s at up to 1440p: 2–6 MB. A larger video with a
// photo's name beside it is a video of its own (a still exported from a film, say) and stays
// in the timeline; the scan decides from the size alone, without opening either file.
export const LIVE_PHOTO_VIDEO_MAX_BYTES = 25 * 1024 * 1024;

export const isUnsupportedMediaFile = (fileName: string): boolean => UNSUPPORTED_MEDIA_EXTENSIONS.has(extensionOf(fileName));

/** The MIME type a file name announces, or null when the database does not know it. */
export function mimeOfFileName(fileName: string): string | null {
  return lookup(fileName) || null;
}

// sharp names the container it decoded; every HEIF container is 'heif' (AVIF is the one with
// AV1 inside). Phones' HEIF photos are HEIC, so 'heif' is recorded as image/heic. Only these
// formats are accepted whatever the extension says: libvips also reads SVG, PDF and more, and
// a file that merely carries a photo's name must not be rendered as one of those.
const DECODED_IMAGE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff']);

/** The MIME type of an image sharp decoded, or null when Shoebox does not accept that format. */
export function mimeOfDecodedImage(format: string, compression?: string): string | null {
  if (format === 'heif') return compression === 'av1' ? 'image/avif' : 'image/heic';
  return DECODED_IMAGE_FORMATS.has(format) ? lookup(format) || null : null;
}

// ffprobe's format_name lists the container family ("mov,mp4,m4a,3gp,3g2,mj2"). QuickTime and
// MP4 share one family and browsers play both when told video/mp4, so the family is recorded
// as video/mp4 whatever the extension says.
const MIME_BY_CONTAINER: [RegExp, string][] = [
  [/webm/, 'video/webm'],
  [/matroska/, 'video/x-matroska'],
  [/mp4|mov|m4a|3gp/, 'video/mp4'],
  [/avi/, 'video/x-msvideo'],
  [/mpeg|mpegts/, 'video/mpeg'],
];

export function mimeOfVideoContainer(formatName: string | null): string {
  return MIME_BY_CONTAINER.find(([re]) => re.test(formatName ?? ''))?.[1] ?? 'application/octet-stream';
}

// What a browser displays by itself. The others get a full-size JPEG rendition at ingest,
// which the viewer's zoom shows.
const NOT_WEB_SAFE_IMAGES: ReadonlySet<string> = new Set(['image/heic', 'image/heif', 'image/tiff', 'image/jxl', 'image/x-raw']);

export function isWebSafeImage(mime: string | null): boolean {
  return mime !== null && !NOT_WEB_SAFE_IMAGES.has(mime.toLowerCase());
}

// The content types an original may be served with (always as an attachment, with nosniff);
// anything else goes out as application/octet-stream, so no upload can become HTML or SVG.
const SERVABLE_ORIGINAL_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif', 'image/tiff',
  'video/mp4', 'video/webm', 'video/quicktime', 'video/x-matroska', 'video/ogg',
]);

/** The content type to send an original with: its recorded MIME type, else its name's, if safe. */
export function servedTypeOfOriginal(recordedMime: string | null, fileName: string): string {
  const type = recordedMime?.toLowerCase() ?? mimeOfFileName(fileName);
  return type && SERVABLE_ORIGINAL_TYPES.has(type) ? type : 'application/octet-stream';
}
