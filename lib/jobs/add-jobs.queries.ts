// SQL of enqueueing: graphile-worker's add_job(s), run on the caller's transaction so a job
// is queued together with the rows it concerns.
import type { Db, Prisma } from '@/lib/server/db';
import { JOB_REQUEST_ID_KEY } from '@/lib/server/request-context';

export type SqlRunner = Pick<Db, '$executeRaw'> | Prisma.TransactionClient;

export interface JobSpec {
  task: string;
  body: string;
  queueName: string | null;
  runAt: Date | null;
  maxAttempts: number;
  jobKey: string | null;
  priority: number;
  flags: readonly string[];
  jobKeyMode: 'replace' | 'preserve_run_at';
}

export async function addJob(tx: SqlRunner, job: JobSpec): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${job.task}::text, ${job.body}::json, ${job.queueName}::text, ${job.runAt}::timestamptz,
    ${job.maxAttempts}::int, ${job.jobKey}::text, ${job.priority}::int, ${flagsOrNull(job.flags)}::text[],
    ${job.jobKeyMode}::text)`;
}

export interface AssetJobSpec {
  task: string;
  maxAttempts: number;
  priority: number;
  flags: readonly string[];
  videoFlags: readonly string[];
  /** The request that queued them (see lib/server/request-context.ts), or null. */
  requestId: string | null;
}

/**
 * One job per asset in one statement, keyed `<task>:<assetId>`; a video's job carries the
 * video flags, read from the asset row (upserted earlier in the same transaction).
 */
export async function addAssetJobs(tx: SqlRunner, job: AssetJobSpec, assetIds: string[]): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_jobs(ARRAY(
    SELECT ROW(${job.task}::text, json_strip_nulls(json_build_object('assetId', a.id, ${JOB_REQUEST_ID_KEY}::text, ${job.requestId}::text)), NULL, NULL, ${job.maxAttempts}::int,
               ${job.task}::text || ':' || a.id, ${job.priority}::int,
               CASE WHEN a.type = 'video' THEN ${flagsOrNull(job.videoFlags)}::text[] ELSE ${flagsOrNull(job.flags)}::text[] END
           )::graphile_worker.job_spec
    FROM assets a WHERE a.id = ANY(${assetIds}::uuid[])))`;
}

// No flags is NULL, as before flags were used (graphile-worker's own default).
function flagsOrNull(flags: readonly string[]): string[] | null {
  return flags.length ? [...flags] : null;
}
