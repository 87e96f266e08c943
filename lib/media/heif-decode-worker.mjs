// Runs in a worker thread, one per picture: decodes a HEIC/HEIF file with libheif's WASM
// build. The decode is synchronous WASM that takes one to two seconds; on the worker's main
// thread it froze the event loop (heartbeats, the other job) and no timeout could stop it.
// Here it runs beside the event loop, and a thread that overruns is terminated. Plain ESM so
// that it loads without the TypeScript loader, in the worker and in the tests alike.
import { parentPort, workerData } from 'node:worker_threads';
import decodeHeic from 'heic-decode';

try {
  const { data, width, height } = await decodeHeic({ buffer: workerData.file });
  parentPort.postMessage({ ok: true, data, width, height });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error instanceof Error ? error.message : error) });
}
