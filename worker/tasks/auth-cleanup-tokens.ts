// auth:cleanup-tokens (cron) — delete expired tokens, ended sessions and stale rate limits.
import { cleanupTokens } from '@/lib/auth/cleanup-tokens';
import { defineTask } from './define-task';

export default defineTask('auth:cleanup-tokens', async () => {
  await cleanupTokens();
});
