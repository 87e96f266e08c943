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

/** The file or library a failure is about, so the report names it rather than an id. */
export interface FailureSubject {
  libraryId: string;
  libraryName: string;
  /** Path inside the library; null for a library-wide job (a scan). */
  relPath: string | null;
}

export interface JobFailureView {
  id: string;
  subject: FailureSubject | null;
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

// Response schemas (the OpenAPI document, lib/api-docs/admin.api.ts, checks them against the DTOs).

export const jobFailureViewSchema = z
  .object({
    id: z.uuid(),
    subject: z.object({ libraryId: z.uuid(), libraryName: z.string(), relPath: z.string().nullable() }).nullable(),
    jobId: z.string().nullable(),
    task: z.string(),
    payload: z.unknown(),
    attempt: z.number().int(),
    message: z.string(),
    stack: z.string().nullable(),
    stderrTail: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'JobFailure' });

export const jobFailuresResponseSchema = z.object({
  failures: z.array(jobFailureViewSchema),
  reasons: z.array(z.object({ message: z.string(), count: z.number().int() })),
});
