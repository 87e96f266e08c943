// What the admin's "ML analysis" section and `shoebox ml` show (list-ml-progress.ts).
import type { AnalysisJobCounts } from './ml.queries';

export interface MlPartProgress {
  name: string;
  /** Ready assets this part has analysed. */
  done: number;
  /** Why the part cannot run now (a model not downloaded), or null. */
  waiting: string | null;
}

export interface MlProgress {
  /** Ready, not trashed assets. */
  total: number;
  parts: MlPartProgress[];
  /** Assets that still need a part that can run now and have no ml:analyze job: "Queue missing". */
  missing: number;
  jobs: AnalysisJobCounts;
}
