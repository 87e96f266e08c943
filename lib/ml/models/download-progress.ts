// Turns transformers.js's progress events (one stream per file, several files per model) into
// one ml_models row: bytes done / total over all files, written at most once a second so a
// 150 MB download does not become thousands of UPDATEs. Writes are chained, so they land in order.
import { saveMlModelStatus, type MlModelProgress } from './ml-models.queries';

/** What transformers.js passes to `progress_callback` (the fields we read). */
export interface ProgressEvent {
  status: string;
  file?: string;
  loaded?: number;
  total?: number;
}

const WRITE_EVERY_MS = 1000;

export class DownloadProgress {
  private readonly files = new Map<string, { loaded: number; total: number }>();
  private lastWrite = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly modelId: string,
    private readonly options: {
      /** false: no database (`models pull` while building an image); the worker records it on first load. */
      record: boolean;
      /** Called on every event (the CLI's progress bar). */
      onChange?: (done: number, total: number) => void;
    },
  ) {}

  start(): Promise<void> {
    return this.write({ status: 'downloading', bytesDone: 0, bytesTotal: null });
  }

  readonly callback = (event: ProgressEvent): void => {
    if (event.status !== 'progress' || !event.file) return;
    this.files.set(event.file, { loaded: event.loaded ?? 0, total: event.total ?? 0 });
    const { done, total } = this.totals();
    this.options.onChange?.(done, total);
    if (Date.now() - this.lastWrite < WRITE_EVERY_MS) return;
    this.lastWrite = Date.now();
    void this.write({ status: 'downloading', bytesDone: done, bytesTotal: total || null });
  };

  ready(): Promise<void> {
    const { done, total } = this.totals();
    return this.write({ status: 'ready', bytesDone: Math.max(done, total), bytesTotal: Math.max(done, total) });
  }

  failed(message: string): Promise<void> {
    const { done, total } = this.totals();
    return this.write({ status: 'failed', bytesDone: done, bytesTotal: total || null, error: message });
  }

  private totals(): { done: number; total: number } {
    let done = 0;
    let total = 0;
    for (const file of this.files.values()) {
      done += file.loaded;
      total += Math.max(file.total, file.loaded);
    }
    return { done, total };
  }

  private write(progress: MlModelProgress): Promise<void> {
    if (!this.options.record) return this.writes;
    // A failed progress write must not fail the model load; the final status write reports.
    this.writes = this.writes.then(() => saveMlModelStatus(this.modelId, progress)).catch(() => undefined);
    return this.writes;
  }
}
