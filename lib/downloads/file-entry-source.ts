// The bytes of one original for its ZIP entry: read from the descriptor openLibraryFile opened
// (never the path again), exactly the size announced in the archive's length. A file that got
// shorter, or whose size or modification time differ once it has been read (it was written to
// meanwhile), fails the stream: the download must fail rather than end as a corrupt archive.
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

const CHUNK = 256 * 1024;

export class ChangedFileError extends Error {
  constructor(readonly assetId: string, reason: string) {
    super(`The original of asset ${assetId} ${reason}`);
    this.name = 'ChangedFileError';
  }
}

export function fileEntrySource(handle: FileHandle, assetId: string, size: number, mtimeMs: number): Readable {
  let position = 0;
  return new Readable({
    highWaterMark: CHUNK,
    async read() {
      try {
        const wanted = Math.min(CHUNK, size - position);
        if (wanted === 0) {
          const now = await handle.stat();
          if (now.size !== size || now.mtimeMs !== mtimeMs) throw new ChangedFileError(assetId, 'changed while it was being read.');
          this.push(null);
          return;
        }
        const buffer = Buffer.allocUnsafe(wanted);
        const { bytesRead } = await handle.read(buffer, 0, wanted, position);
        if (bytesRead === 0) throw new ChangedFileError(assetId, 'got shorter while it was being read.');
        position += bytesRead;
        this.push(bytesRead === wanted ? buffer : buffer.subarray(0, bytesRead));
      } catch (error) {
        this.destroy(error as Error);
      }
    },
    destroy(error, callback) {
      handle.close().then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
}
