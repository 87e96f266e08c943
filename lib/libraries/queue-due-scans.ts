// library:schedule-scans (every minute, from the crontab): queues a scan of each library whose
// own cron schedule has come due since it last queued one. A due time is claimed with a
// conditional update, so two workers never queue the same scheduled scan twice.
import { Cron } from 'croner';
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { claimScheduledScan, listScheduledLibraries } from './libraries.queries';
import { enqueueLibraryScan } from './request-library-scan';

export function nextScheduledRun(schedule: string, after: Date): Date | null {
  return new Cron(schedule, { paused: true }).nextRun(after);
}

export async function queueDueScans(now = new Date()): Promise<string[]> {
  const libraries = await listScheduledLibraries();
  const queued: string[] = [];
  for (const library of libraries) {
    const since = library.scheduledAt ?? library.createdAt;
    const due = nextScheduledRun(library.scanSchedule!, since);
    if (!due || due > now) continue;
    await prisma().$transaction(async (tx) => {
      if (await claimScheduledScan(tx, library.id, library.scheduledAt, now)) {
        await enqueueLibraryScan(tx, library.id, 'schedule');
        queued.push(library.id);
      }
    });
  }
  if (queued.length) log.info({ libraries: queued }, 'scheduled scans queued');
  return queued;
}
