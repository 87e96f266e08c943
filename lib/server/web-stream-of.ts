// A web ReadableStream over a Node stream (ffmpeg's output), with backpressure (the source is
// paused while the client's queue is full) and a cancel that destroys the source and calls
// `onCancel` (kill the process). Written by hand instead of Readable.toWeb: on Node 20 that
// adapter enqueues after the client cancelled and throws "Controller is already closed" as an
// uncaught exception in the server whenever a player leaves a live stream mid-way.
import type { Readable } from 'node:stream';

const QUEUED_CHUNKS = 16;

export function webStreamOf(source: Readable, onCancel: () => void): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const finish = (error?: unknown) => {
          if (finished) return;
          finished = true;
          if (error) controller.error(error);
          else controller.close();
        };
        source.on('data', (chunk: Buffer) => {
          if (finished) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 1) <= 0) source.pause();
        });
        source.once('end', () => finish());
        source.once('error', (error) => finish(error));
        // Closed without an end: the process was stopped (another stream of the viewer, a kill).
        source.once('close', () => finish());
      },
      pull() {
        source.resume();
      },
      cancel() {
        finished = true;
        source.destroy();
        onCancel();
      },
    },
    { highWaterMark: QUEUED_CHUNKS },
  );
}
