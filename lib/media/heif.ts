// HEIC/HEIF: sharp's prebuilt libvips has no HEVC decoder, so these go through libheif's WASM
// build (heic-decode), which also applies the file's rotation and mirroring. The decode runs
// in a worker thread (heif-decode-worker.mjs) with a deadline.
import { Worker } from 'node:worker_threads';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
export const HEIF_DECODE_TIMEOUT_MS = 30_000;

export function isHeif(file: Buffer): boolean {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return false;
  return HEIF_BRANDS.has(file.toString('latin1', 8, 12));
}

interface Decoded {
  data: Buffer;
  width: number;
  height: number;
}

export function decodeHeif(file: Buffer, timeoutMs = HEIF_DECODE_TIMEOUT_MS): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    // execArgv []: the thread runs plain JavaScript and needs no TypeScript loader.
    const worker = new Worker(new URL('./heif-decode-worker.mjs', import.meta.url), { workerData: { file }, execArgv: [] });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`HEIF decode timeout after ${timeoutMs / 1000} s`))), timeoutMs);
    worker.once('message', (m: { ok: true; data: Uint8ClampedArray; width: number; height: number } | { ok: false; message: string }) =>
      settle(() => (m.ok ? resolve({ data: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength), width: m.width, height: m.height }) : reject(new Error(m.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the HEIF decoder stopped (exit code ${code})`))));
  });
}
