// timeline:refresh-counts — recompute monthly_counts (cron, and debounced after ingest/actions).
import { refreshTimelineCounts } from '@/lib/timeline/refresh-monthly-counts';
import { defineTask } from './define-task';

export default defineTask('timeline:refresh-counts', async () => {
  await refreshTimelineCounts();
});
