// The live counters of one scan, written to its library_scans row at most once a second (and
// at the end) so the admin view and the CLI can show progress without slowing the walk.
import type { ScanTrigger } from '@/lib/server/generated/prisma/enums';
import type { ScanCounts } from './libraries.schemas';
import { finishLibraryScan, insertLibraryScan, saveScanCounts } from './scan.queries';

const FLUSH_EVERY_MS = 1000;

export class ScanProgress {
  readonly counts: ScanCounts = { seen: 0, added: 0, changed: 0, offline: 0, restored: 0, queued: 0, unsupported: 0 };
  private lastFlush = Date.now();

  private constructor(
    private readonly scanId: Promise<string>,
    private readonly onChange?: (counts: ScanCounts) => void,
  ) {}

  /** Opens the scan's row; the scan goes on meanwhile, and its first write to the row waits for it. */
  static start(libraryId: string, trigger: ScanTrigger, onChange?: (counts: ScanCounts) => void): ScanProgress {
    const scanId = insertLibraryScan(libraryId, trigger);
    scanId.catch(() => undefined); // awaited by tick and finish, which pass a failure on
    return new ScanProgress(scanId, onChange);
  }

  async tick(): Promise<void> {
    this.onChange?.(this.counts);
    if (Date.now() - this.lastFlush < FLUSH_EVERY_MS) return;
    this.lastFlush = Date.now();
    await saveScanCounts(await this.scanId, this.counts);
  }

  async finish(error?: unknown): Promise<void> {
    this.onChange?.(this.counts);
    await finishLibraryScan(await this.scanId, this.counts, error ? String(error instanceof Error ? error.message : error).slice(0, 2000) : null);
  }
}
