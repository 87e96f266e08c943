// The photo formats Shoebox reads (HEIC/HEIF and JPEG XL through WASM decoders, camera RAW through its
// embedded preview, the rest through sharp).
import path from 'node:path';
import { RAW_EXTENSIONS } from './raw-preview';

export const PHOTO_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg', '.jpeg', '.jpe', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif', '.jxl',
]);

export function isPhotoFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return PHOTO_EXTENSIONS.has(ext) || RAW_EXTENSIONS.has(ext);
}
