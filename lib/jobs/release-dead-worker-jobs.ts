// Jobs held by a worker process that died are released so a live worker runs them again —
// unless this was the second time a run of the job took its worker down: a file that crashes
// the decoder (or is OOM-killed) would otherwise crash-loop every worker. Such a job is set
// aside as failed, with a report in /admin/jobs that an admin can retry once the file is fixed,
// and the room that owns the job is told through its set-aside hook (wired in worker/).
import {
  delayJobs,
  failJobsForGood,
  forgetCrashesOfFinishedJobs,
  type HeldJob,
  unlockJobsCountingCrashes,
  workerIdsOfProcess,
} from '@/lib/jobs/job-crashes.queries';
import { log } from '@/lib/server/log';
import { jobDefinitions, type JobPayload, type TaskName } from './job-registry';
import { reportJobFailure } from './report-job-failure';
import { deadWorkerIds, removeHeartbeats, removeOldHeartbeats, STALE_AFTER_SECONDS } from './worker-heartbeats.queries';

/** Crashes of the worker during one job's runs after which the job is not run again. */
export const CRASHES_BEFORE_SET_ASIDE = 2;
const POISON_MESSAGE = 'the worker crashed twice while running this job';
/**
 * A dead worker held several jobs and only one may be to blame: after a first crash they are
 * spread out this far apart, so the next run of each is (nearly) alone and an innocent job
 * does not die beside the poison one a second time.
 */
export const SUSPECT_SPACING_MS = 30_000;

export function crashReason(task: string): string {
  return `the worker crashed while processing this ${task === 'asset:ingest' ? 'file' : 'job'}`;
}

/** Per task, what its room does when one of its jobs is set aside (called with the parsed payload). */
export type SetAsideHooks = { [T in TaskName]?: (payload: JobPayload<T>, reason: string) => Promise<void> };

export interface ReleaseResult {
  /** Worker ids whose jobs were released. */
  released: string[];
  /** Jobs set aside as failed because their runs crashed the worker twice. */
  setAside: { jobId: string; task: string }[];
}

/** The sweeper: frees jobs of workers that stopped heartbeating (killed, or their machine died). */
export async function releaseJobsOfDeadWorkers(hooks: SetAsideHooks, staleAfterSeconds = STALE_AFTER_SECONDS): Promise<ReleaseResult> {
  const ids = await deadWorkerIds(staleAfterSeconds);
  const result = await releaseJobsOf(ids, hooks);
  await removeOldHeartbeats();
  await forgetCrashesOfFinishedJobs();
  return result;
}

/**
 * The launcher saw its worker process exit: its jobs are released at once (no need to wait
 * for the heartbeat to go stale) and its heartbeats removed, so health stops calling it alive.
 */
export async function releaseJobsOfExitedProcess(hostname: string, pid: number, hooks: SetAsideHooks): Promise<ReleaseResult> {
  const ids = await workerIdsOfProcess(hostname, pid);
  const result = await releaseJobsOf(ids, hooks);
  await removeHeartbeats(ids);
  return result;
}

async function releaseJobsOf(workerIds: string[], hooks: SetAsideHooks): Promise<ReleaseResult> {
  // A poison job leaves the queue in the same transaction that unlocks it; then its crash
  // count is forgotten and the report written (once the report is there, nothing runs it again).
  const held = await unlockJobsCountingCrashes(workerIds, { crashes: CRASHES_BEFORE_SET_ASIDE, message: POISON_MESSAGE });
  const poison = held.filter((job) => job.crashes >= CRASHES_BEFORE_SET_ASIDE);
  await failJobsForGood(
    poison.map((job) => job.id),
    POISON_MESSAGE,
  );
  for (const job of poison) await setAside(job, hooks);
  const suspects = held.filter((job) => job.crashes < CRASHES_BEFORE_SET_ASIDE).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (suspects.length > 1) {
    const now = Date.now();
    await delayJobs(suspects.slice(1).map((job, i) => ({ id: job.id, runAt: new Date(now + (i + 1) * SUSPECT_SPACING_MS) })));
  }
  return { released: held.length ? workerIds : [], setAside: poison.map((job) => ({ jobId: String(job.id), task: job.task })) };
}

async function setAside(job: HeldJob, hooks: SetAsideHooks): Promise<void> {
  const message = crashReason(job.task);
  log.error({ jobId: String(job.id), task: job.task, crashes: job.crashes }, `set aside: ${message}`);
  await reportJobFailure({ jobId: String(job.id), task: job.task, payload: job.payload, attempt: job.attempts, message });
  const task = job.task as TaskName;
  const hook = hooks[task] as ((payload: unknown, reason: string) => Promise<void>) | undefined;
  const parsed = jobDefinitions[task]?.payload.safeParse(job.payload);
  if (hook && parsed?.success) await hook(parsed.data, message);
}
