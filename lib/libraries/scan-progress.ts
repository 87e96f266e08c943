// The live counters of one scan, written to its library_scans row at most once a second (and
// at the end) so the admin view and the CLI can show progress without slowing the walk.
import { prisma } from '@/lib/server/db';
import type { ScanTrigger } from '@/lib/server/generated/prisma/enums';

export interface ScanCounts {
  seen: number;
  added: number;
  changed: number;
  offline: number;
  restored: number;
  queued: number;
  /** Files in picture/video formats no reader handles (.jp2, .svg…), skipped. */
  unsupported: number;
}

const FLUSH_EVERY_MS = 1000;

export class ScanProgress {
  readonly counts: ScanCounts = { seen: 0, added: 0, changed: 0, offline: 0, restored: 0, queued: 0, unsupported: 0 };
  private lastFlush = Date.now();

  private constructor(
    readonly scanId: string,
    private readonly onChange?: (counts: ScanCounts) => void,
  ) {}

  static async start(libraryId: string, trigger: ScanTrigger, onChange?: (counts: ScanCounts) => void): Promise<ScanProgress> {
    const row = await prisma().libraryScan.create({ data: { libraryId, trigger }, select: { id: true } });
    return new ScanProgress(row.id, onChange);
  }

  async tick(): Promise<void> {
    this.onChange?.(this.counts);
    if (Date.now() - this.lastFlush < FLUSH_EVERY_MS) return;
    this.lastFlush = Date.now();
    await prisma().libraryScan.update({ where: { id: this.scanId }, data: this.counts });
  }

  async finish(error?: unknown): Promise<void> {
    this.onChange?.(this.counts);
    await prisma().libraryScan.update({
      where: { id: this.scanId },
      data: {
        ...this.counts,
        status: error ? 'failed' : 'done',
        finishedAt: new Date(),
        error: error ? String(error instanceof Error ? error.message : error).slice(0, 2000) : null,
      },
    });
  }
}
