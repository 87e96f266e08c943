import { z } from 'zod';

export const failureFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  task: z.string().trim().max(100).optional(),
});
export type FailureFilter = z.infer<typeof failureFilterSchema>;

export const retryFailuresSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(10_000) }),
  z.object({ all: z.literal(true), filter: failureFilterSchema.default({}) }),
]);

export interface JobFailureView {
  id: string;
  jobId: string | null;
  task: string;
  payload: unknown;
  attempt: number;
  message: string;
  stack: string | null;
  stderrTail: string | null;
  createdAt: string;
}

export interface FailureReasonCount {
  message: string;
  count: number;
}
