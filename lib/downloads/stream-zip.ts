// Streams a planned ZIP (plan-zip.ts) as a web ReadableStream: entries stored, not compressed,
// one original open at a time, read only as fast as the client takes the bytes (memory stays
// flat whatever the archive's size). Every original is opened once, through openLibraryFile
// (inside its library, a regular file), and must have the size the plan announced; a file
// that vanished or changed fails the stream, which breaks the connection short of the
// announced Content-Length, so the browser shows a failed download rather than keeping a
// silently corrupt archive. The log names the asset.
import { Readable } from 'node:stream';
import ZipStream from 'zip-stream';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { log } from '@/lib/server/log';
import { ChangedFileError, fileEntrySource } from './file-entry-source';
import type { PlannedEntry, ZipPlan } from './plan-zip';

interface StreamOptions {
  /** The request's: the client went away without cancelling the body. */
  signal?: AbortSignal;
  /** Called once when the stream ends, fails or is cancelled. */
  onClose?: () => void;
}

async function openEntry(entry: PlannedEntry): Promise<Readable> {
  if (entry.kind === 'note') return Readable.from([entry.data]);
  const file = await openLibraryFile(entry.rootPath, entry.relPath);
  if (file.kind !== 'ok') throw new ChangedFileError(entry.assetId, file.kind === 'missing' ? 'vanished before it was read.' : `cannot be read: ${file.reason}`);
  if (file.size !== entry.size) {
    await file.handle.close();
    throw new ChangedFileError(entry.assetId, `changed size (${entry.size} announced, ${file.size} now).`);
  }
  return fileEntrySource(file.handle, entry.assetId, file.size, file.mtimeMs);
}

function appendEntry(zip: ZipStream, source: Readable, entry: PlannedEntry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.entry(source, { name: entry.name, date: entry.mtime, store: true }, (error) => (error ? reject(error) : resolve()));
  });
}

export function streamZip(plan: ZipPlan, { signal, onClose }: StreamOptions = {}): ReadableStream<Uint8Array> {
  const zip = new ZipStream({ store: true });
  let current: Readable | null = null;
  let closed = false;
  let cancelled = false;
  /** Why the archive could not be finished (a file vanished or changed). */
  let failure: Error | null = null;
  let sent = 0;

  const close = (error?: Error) => {
    if (closed) return;
    closed = true;
    failure ??= error ?? null;
    signal?.removeEventListener('abort', onAbort);
    current?.destroy();
    zip.destroy(error);
    onClose?.();
  };
  const cancel = () => {
    cancelled = true;
    close();
  };
  const onAbort = cancel;
  signal?.addEventListener('abort', onAbort, { once: true });

  const produce = async () => {
    for (const entry of plan.entries) {
      if (closed) return;
      current = await openEntry(entry);
      if (closed) return void current.destroy();
      await appendEntry(zip, current, entry);
    }
    zip.finalize();
  };
  produce().catch((error: Error) => {
    if (closed) return;
    log.warn({ err: error, assetId: (error as ChangedFileError).assetId }, 'ZIP download failed part-way: an original vanished or changed');
    close(error);
  });

  const chunks = zip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (cancelled) return;
          if (failure) throw failure;
          if (done) {
            if (sent !== plan.length) throw new Error(`ZIP length ${sent} differs from the announced ${plan.length}`);
            close();
            controller.close();
            return;
          }
          sent += value.length;
          if (sent > plan.length) throw new Error(`ZIP grew past the announced ${plan.length} bytes`);
          controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.length));
        } catch (error) {
          if (cancelled) return;
          const reason = failure ?? (error as Error);
          if (!(reason instanceof ChangedFileError)) log.error({ err: reason }, 'ZIP download failed');
          close(reason);
          controller.error(reason);
        }
      },
      cancel,
    },
    { highWaterMark: 0 },
  );
}
