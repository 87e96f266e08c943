// HEIC/HEIF: sharp's prebuilt libvips has no HEVC decoder, so these go through libheif's WASM
// build (heic-decode), which also applies the file's rotation and mirroring. The decode runs
// in a worker thread (heif-decode-worker.mjs) with a deadline.
import { decodeInWorker, type DecodedRgba } from './decode-in-worker';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const HEIF_DECODE_TIMEOUT_MS = 30_000;

export function isHeif(file: Buffer): boolean {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return false;
  return HEIF_BRANDS.has(file.toString('latin1', 8, 12));
}

/**
 * Whether an ISO-BMFF file (HEIC, AVIF) ends before its boxes say it does: a copy cut short.
 * libheif decodes such a HEIC "fine", with the missing part grey, so this is checked first.
 */
export function isCutShortBmff(file: Buffer): boolean {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return false;
  for (let at = 0; at + 8 <= file.length; ) {
    const size32 = file.readUInt32BE(at);
    if (size32 === 0) return false; // the last box runs to the end of the file, whatever it is
    if (size32 === 1 && at + 16 > file.length) return true;
    const size = size32 === 1 ? Number(file.readBigUInt64BE(at + 8)) : size32;
    if (size < 8) return false; // not a box structure we can judge; the decoder will say
    if (at + size > file.length) return true;
    at += size;
  }
  return false;
}

export function decodeHeif(file: Buffer, timeoutMs = HEIF_DECODE_TIMEOUT_MS): Promise<DecodedRgba> {
  return decodeInWorker(new URL('./heif-decode-worker.mjs', import.meta.url), file, timeoutMs, 'HEIF');
}
