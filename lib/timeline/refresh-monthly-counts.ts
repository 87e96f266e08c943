// Recomputes the monthly_counts materialized view (cron and debounced after ingest/actions).
import { refreshMonthlyCounts } from './timeline.queries';

export async function refreshTimelineCounts(): Promise<void> {
  await refreshMonthlyCounts();
}
