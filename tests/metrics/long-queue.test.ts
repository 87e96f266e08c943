// A very long queue (a first scan of a big library queues an ingest per file) is not counted
// row by row at every scrape: past 50,000 jobs the counts come from a sample, say so, and stay
// close to the truth; the oldest waiting job's age is still exact.
import { describe, expect, it } from 'vitest';
import { readQueueFigures } from '@/lib/metrics/metrics.queries';
import { prisma } from '@/lib/server/db';

const QUEUED = 120_000;

describe('queue figures of a long queue', () => {
  it('estimates job counts from a sample and keeps the oldest waiting age exact', async () => {
    await prisma().$executeRaw`INSERT INTO graphile_worker._private_tasks (identifier) VALUES ('asset:ingest') ON CONFLICT DO NOTHING`;
    // As many ingests as a scan of a big library queues, the oldest queued an hour ago.
    await prisma().$executeRaw`
      INSERT INTO graphile_worker._private_jobs (task_id, payload, priority, run_at, max_attempts)
      SELECT t.id, '{}'::json, 10, now() - interval '1 hour' + g * interval '10 milliseconds', 3
      FROM graphile_worker._private_tasks t, generate_series(0, ${QUEUED - 1}) g WHERE t.identifier = 'asset:ingest'`;
    await prisma().$executeRaw`ANALYZE graphile_worker._private_jobs`;

    const figures = await readQueueFigures();
    expect(figures.exact).toBe(false);
    const waiting = figures.counts.find((c) => c.task === 'asset:ingest' && c.state === 'waiting')!.jobs;
    expect(waiting).toBeGreaterThan(QUEUED * 0.8);
    expect(waiting).toBeLessThan(QUEUED * 1.2);
    expect(figures.oldestWaitingSeconds).toBeGreaterThanOrEqual(3600);
    expect(figures.oldestWaitingSeconds).toBeLessThan(3600 + 600);
  });
});
