// `shoebox ml`: queues ml:analyze for every ready asset whose analysis misses a part that can
// run now, then follows the ml:analyze jobs with a progress bar until none is queued or running,
// and prints where each part stands. With no live worker the jobs run in this process.
import { SingleBar } from 'cli-progress';
import { Logger, runOnce } from 'graphile-worker';
import { getHealth } from '@/lib/admin/get-health';
import { listMlProgress } from '@/lib/ml/list-ml-progress';
import { countAnalysisJobs } from '@/lib/ml/ml.queries';
import { queueMissingAnalysis } from '@/lib/ml/queue-missing-analysis';
import { requireDatabaseUrl } from '@/lib/server/env';
import { taskList } from '@/worker/task-list';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function mlCommand(): Promise<void> {
  const queued = await queueMissingAnalysis();
  if (queued) console.log(`Queued the analysis of ${queued} asset${queued === 1 ? '' : 's'}.`);
  const workerAlive = (await getHealth()).worker.alive;
  let jobs = await countAnalysisJobs();
  const start = jobs.queued + jobs.running;
  if (start > 0) {
    const bar = new SingleBar({ format: 'ML analysis [{bar}] {value}/{total} assets · {failed} failed · ETA {eta}s', hideCursor: true });
    bar.start(start, 0, { failed: jobs.failed });
    const work = workerAlive ? null : runOnce({ connectionString: requireDatabaseUrl(), taskList, concurrency: 1, logger: new Logger(() => () => undefined) });
    let finished = false;
    void work?.finally(() => (finished = true));
    let left = start;
    while (left > 0 && !finished) {
      await pause(1000);
      jobs = await countAnalysisJobs();
      left = jobs.queued + jobs.running;
      bar.setTotal(Math.max(start, left));
      bar.update(Math.max(0, start - left), { failed: jobs.failed });
    }
    await work;
    bar.update(start, { failed: (await countAnalysisJobs()).failed });
    bar.stop();
  }
  const progress = await listMlProgress();
  for (const part of progress.parts) {
    console.log(`${part.name}: ${part.done} of ${progress.total} analysed${part.waiting ? ` (waiting: ${part.waiting})` : ''}`);
  }
  if (progress.jobs.failed) console.log(`${progress.jobs.failed} analysis job${progress.jobs.failed === 1 ? '' : 's'} failed: see /admin → Jobs.`);
}
