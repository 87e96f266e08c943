// Runs a WASM image decoder in a worker thread with a deadline: the decode is synchronous
// WASM that would freeze the caller's event loop (heartbeats, the other job), and a thread
// that overruns can be terminated. Used by the HEIF and JPEG XL decoders.
import { Worker } from 'node:worker_threads';

export interface DecodedRgba {
  data: Buffer;
  width: number;
  height: number;
}

type WorkerReply = { ok: true; data: Uint8ClampedArray; width: number; height: number } | { ok: false; message: string };

export function decodeInWorker(script: URL, file: Buffer, timeoutMs: number, label: string): Promise<DecodedRgba> {
  return new Promise((resolve, reject) => {
    // execArgv []: the thread runs plain JavaScript and needs no TypeScript loader.
    const worker = new Worker(script, { workerData: { file }, execArgv: [] });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`${label} decode timeout after ${timeoutMs / 1000} s`))), timeoutMs);
    worker.once('message', (m: WorkerReply) =>
      settle(() => (m.ok ? resolve({ data: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength), width: m.width, height: m.height }) : reject(new Error(m.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the ${label} decoder stopped (exit code ${code})`))));
  });
}
