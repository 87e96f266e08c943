// Leaves a failure report for /admin/jobs: the task and payload it concerns (its subject), the
// attempt, and the full error (message, stack, a tool's stderr tail). Any room whose job fails
// in a way an admin should read calls this; lib/jobs never calls back into that room.
import { insertJobFailure, type NewJobFailure } from './job-failures.queries';

export function reportJobFailure(report: NewJobFailure): Promise<void> {
  return insertJobFailure(report);
}
