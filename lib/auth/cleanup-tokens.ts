// auth:cleanup-tokens (cron) — forgets what can no longer be used: expired or used tokens,
// ended sessions (kept a week so "where was I signed in" still answers), stale rate limits.
import { log } from '@/lib/server/log';
import { deleteExpiredAuthRows } from './cleanup.queries';

export async function cleanupTokens(): Promise<void> {
  const counts = await deleteExpiredAuthRows(new Date());
  log.info(counts, 'auth cleanup');
}
