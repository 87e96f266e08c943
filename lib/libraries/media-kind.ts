// Which files a library holds: photos (lib/media decides which image formats) and videos.
import path from 'node:path';
import { isPhotoFile } from '@/lib/media/image-extensions';

export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.mp4', '.m4v', '.mov', '.mkv', '.webm', '.avi', '.wmv', '.mpg', '.mpeg', '.m2ts', '.mts', '.3gp', '.flv', '.ogv',
]);

export type MediaKind = 'photo' | 'video';

// Picture and video formats people keep in photo folders that no reader here handles. A file
// with one of these names is counted in the scan report ("skipped: unsupported format")
// instead of vanishing silently; other files (sidecars, notes, Thumbs.db) are not media at all.
const UNSUPPORTED_MEDIA_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jp2', '.j2k', '.jpf', '.jpx', '.jpm', '.svg', '.svgz', '.bmp', '.ico', '.psd', '.psb', '.xcf', '.eps', '.jxr', '.wdp', '.hdp',
  '.exr', '.hdr', '.tga', '.pcx', '.ppm', '.pgm', '.pbm', '.pnm', '.apng', '.rm', '.rmvb', '.vob', '.asf', '.divx', '.f4v', '.mxf', '.dv',
]);

export function isUnsupportedMediaFile(fileName: string): boolean {
  return UNSUPPORTED_MEDIA_EXTENSIONS.has(path.extname(fileName).toLowerCase());
}

export function mediaKindOf(fileName: string): MediaKind | null {
  if (isPhotoFile(fileName)) return 'photo';
  return VIDEO_EXTENSIONS.has(path.extname(fileName).toLowerCase()) ? 'video' : null;
}
