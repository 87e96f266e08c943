// JPEG XL: sharp's prebuilt libvips has no JPEG XL decoder, so these go through libjxl's WASM
// build (@jsquash/jxl) in a worker thread with a deadline. libjxl hands back 8-bit sRGB: an
// HDR or wide-gamut file (PQ, Display P3) is tone-mapped and converted by the decoder itself.
import { decodeInWorker, type DecodedRgba } from './decode-in-worker';

const JXL_DECODE_TIMEOUT_MS = 30_000;
const CONTAINER = Buffer.from([0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a]);

/** A bare codestream starts FF 0A; the ISO-BMFF container with its 12-byte signature box. */
export function isJxl(file: Buffer): boolean {
  if (file.length >= 2 && file[0] === 0xff && file[1] === 0x0a) return true;
  return file.length >= CONTAINER.length && file.subarray(0, CONTAINER.length).equals(CONTAINER);
}

export function decodeJxl(file: Buffer, timeoutMs = JXL_DECODE_TIMEOUT_MS): Promise<DecodedRgba> {
  return decodeInWorker(new URL('./jxl-decode-worker.mjs', import.meta.url), file, timeoutMs, 'JPEG XL');
}
