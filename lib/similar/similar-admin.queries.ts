// What /admin shows of similar: each user's last build, the marks waiting, and the rebuild job.
import { prisma } from '@/lib/server/db';

export interface SimilarStatusRow {
  users: number;
  videos_max: number | null;
  oldest_build: Date | null;
  newest_build: Date | null;
  dirty: number;
  job_state: 'running' | 'queued' | null;
  job_since: Date | null;
  job_error: string | null;
}

export async function selectSimilarStatus(): Promise<SimilarStatusRow> {
  const [row] = await prisma().$queryRaw<SimilarStatusRow[]>`
    SELECT (SELECT count(*)::int FROM similar_users) AS users,
           (SELECT max(videos)::int FROM similar_users) AS videos_max,
           (SELECT min(built_at) FROM similar_users) AS oldest_build,
           (SELECT max(built_at) FROM similar_users) AS newest_build,
           (SELECT count(*)::int FROM similar_dirty) AS dirty,
           j.state AS job_state, j.since AS job_since, j.last_error AS job_error
    FROM (SELECT 1) one LEFT JOIN LATERAL (
      SELECT CASE WHEN locked_at IS NOT NULL THEN 'running' ELSE 'queued' END AS state,
             COALESCE(locked_at, run_at) AS since, last_error
      FROM graphile_worker.jobs WHERE task_identifier = 'similar:rebuild' ORDER BY id DESC LIMIT 1
    ) j ON true`;
  return row;
}
