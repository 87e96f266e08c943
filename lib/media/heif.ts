// HEIC/HEIF: sharp's prebuilt libvips has no HEVC decoder, so these go through libheif's WASM
// build (heic-decode), which also applies the file's rotation and mirroring. The decode runs
// in a worker thread (heif-decode-worker.mjs) with a deadline.
import { decodeInWorker, type DecodedRgba } from './decode-in-worker';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
export const HEIF_DECODE_TIMEOUT_MS = 30_000;

export function isHeif(file: Buffer): boolean {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return false;
  return HEIF_BRANDS.has(file.toString('latin1', 8, 12));
}

export function decodeHeif(file: Buffer, timeoutMs = HEIF_DECODE_TIMEOUT_MS): Promise<DecodedRgba> {
  return decodeInWorker(new URL('./heif-decode-worker.mjs', import.meta.url), file, timeoutMs, 'HEIF');
}
