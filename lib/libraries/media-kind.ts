// Which files a library holds: photos (lib/media decides which image formats) and videos.
import path from 'node:path';
import { isPhotoFile } from '@/lib/media/image-extensions';

export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.mp4', '.m4v', '.mov', '.mkv', '.webm', '.avi', '.wmv', '.mpg', '.mpeg', '.m2ts', '.mts', '.3gp', '.flv', '.ogv',
]);

export type MediaKind = 'photo' | 'video';

export function mediaKindOf(fileName: string): MediaKind | null {
  if (isPhotoFile(fileName)) return 'photo';
  return VIDEO_EXTENSIONS.has(path.extname(fileName).toLowerCase()) ? 'video' : null;
}
