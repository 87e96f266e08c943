// A web ReadableStream over bytes start..end (inclusive) of an open file, read on demand and
// closing the file when it ends, fails or is cancelled (the client went away). Written by hand
// instead of Readable.toWeb(handle.createReadStream()): on Node 20 that adapter throws
// "Controller is already closed" as an uncaught exception when a player aborts a Range
// request mid-way, and leaves the descriptor open until garbage collection.
import type { FileHandle } from 'node:fs/promises';

const CHUNK = 256 * 1024;

/** `signal`: the request's; when the client goes away without the body being cancelled (the
 * server simply stops reading), the file is closed then rather than at garbage collection. */
export function fileRangeStream(handle: FileHandle, start: number, end: number, signal?: AbortSignal): ReadableStream<Uint8Array> {
  let position = start;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', onAbort);
    await handle.close().catch(() => undefined);
  };
  const onAbort = () => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (closed) {
        controller.close();
        return;
      }
      const wanted = Math.min(CHUNK, end - position + 1);
      if (wanted <= 0) {
        await close();
        controller.close();
        return;
      }
      try {
        const buffer = new Uint8Array(wanted);
        const { bytesRead } = await handle.read(buffer, 0, wanted, position);
        if (closed) return; // cancelled while reading
        if (bytesRead === 0) {
          // The file got shorter since it was opened: end here rather than send garbage.
          await close();
          controller.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(bytesRead === wanted ? buffer : buffer.subarray(0, bytesRead));
      } catch (error) {
        await close();
        controller.error(error);
      }
    },
    cancel: close,
  });
}
