// The photo formats Shoebox reads (HEIC/HEIF through a WASM decoder, the rest through sharp).
import path from 'node:path';

export const PHOTO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg', '.jpeg', '.jpe', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif',
]);

export function isPhotoFile(name: string): boolean {
  return PHOTO_EXTENSIONS.has(path.extname(name).toLowerCase());
}
