// HEIC/HEIF: sharp's prebuilt libvips has no HEVC decoder, so these go through libheif's WASM
// build (heic-decode), which also applies the file's rotation and mirroring.
import decodeHeic from 'heic-decode';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function isHeif(file: Buffer): boolean {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return false;
  return HEIF_BRANDS.has(file.toString('latin1', 8, 12));
}

export async function decodeHeif(file: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, width, height } = await decodeHeic({ buffer: file });
  return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), width, height };
}
