// Runs in a worker thread, one per picture: decodes a JPEG XL file with libjxl's WASM build
// (@jsquash/jxl). sharp's prebuilt libvips has no JPEG XL decoder. Like the HEIF worker: the
// synchronous WASM decode runs beside the event loop and a thread that overruns is
// terminated. The wasm file is handed over as a compiled module, so no fetch or path
// guessing happens inside the emscripten glue. Plain ESM, loaded without a TypeScript loader.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import decode, { init } from '@jsquash/jxl/decode.js';

try {
  const require = createRequire(import.meta.url);
  const wasm = await WebAssembly.compile(await readFile(require.resolve('@jsquash/jxl/codec/dec/jxl_dec.wasm')));
  await init(wasm);
  const file = workerData.file;
  const { data, width, height } = await decode(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  parentPort.postMessage({ ok: true, data, width, height }, [data.buffer]);
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error instanceof Error ? error.message : error) });
}
