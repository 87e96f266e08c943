// What the admin's "ML analysis" section and `shoebox ml` show (list-ml-progress.ts).
import { z } from 'zod';
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

// Response schema (the OpenAPI document, lib/api-docs/admin.api.ts, checks it against MlProgress).
export const mlProgressSchema = z
  .object({
    total: z.number().int().meta({ description: 'Ready, not trashed assets.' }),
    parts: z.array(z.object({ name: z.string(), done: z.number().int(), waiting: z.string().nullable().meta({ description: 'Why the part cannot run now (a model not downloaded), or null.' }) })),
    missing: z.number().int().meta({ description: 'Assets that still need a part that can run now and have no ml:analyze job.' }),
    jobs: z.object({ queued: z.number().int(), running: z.number().int(), failed: z.number().int() }),
  })
  .meta({ id: 'MlProgress' });
