// The admin's view of failed jobs: open reports (newest first, payload secrets masked) and
// how many share each reason, under one filter.
import { countOpenFailuresByReason, listOpenFailures } from './job-failures.queries';
import type { FailureFilter, FailureReasonCount, JobFailureView } from './job-failures.schemas';

export async function listJobFailures(filter: FailureFilter): Promise<{ failures: JobFailureView[]; reasons: FailureReasonCount[] }> {
  const [failures, reasons] = await Promise.all([listOpenFailures(filter), countOpenFailuresByReason(filter)]);
  return { failures, reasons };
}
