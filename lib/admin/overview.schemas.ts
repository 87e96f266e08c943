// The /admin overview as one typed answer (GET /api/admin/overview, the page's first render).
// Zod so the OpenAPI document can describe the route; every byte count is a number (a library
// of 9 PB still fits a double exactly enough to show), every time an ISO string.
import { z } from 'zod';

export const overviewQuerySchema = z.object({
  /** `live`: only the parts that change by the second (queue, workers, throughput), for the
   * page's ten-second refresh; `all` (the default) adds users, libraries, storage and growth. */
  part: z.enum(['all', 'live']).default('all'),
});

const usersSchema = z.object({
  total: z.number().int(),
  admins: z.number().int(),
  disabled: z.number().int(),
  /** Invitations not used yet and not expired. */
  pendingInvites: z.number().int(),
});

const libraryRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  photos: z.number().int(),
  videos: z.number().int(),
  /** Originals whose file was not found by the last scan. */
  offlineFiles: z.number().int(),
  /** Bytes of the originals Shoebox knows in this library (offline ones included). */
  bytes: z.number(),
  lastScannedAt: z.string().nullable(),
  /** Whether the library's folder can be read now (an unmounted disk makes it offline). */
  online: z.boolean(),
});

const derivedKindSchema = z.object({ kind: z.string(), files: z.number().int(), bytes: z.number() });

const queueSchema = z.object({
  running: z.number().int(),
  /** Due now, not taken by a worker yet, per task (most waiting first). */
  waiting: z.array(z.object({ task: z.string(), jobs: z.number().int() })),
  /** Due later: cron-like follow-ups and retries waiting out their back-off. */
  scheduled: z.number().int(),
  /** Failed attempts reported in the last 24 hours (each has its report in /admin/jobs). */
  failedLastDay: z.number().int(),
});

const workerSchema = z.object({
  hostname: z.string(),
  pid: z.number().int(),
  concurrency: z.number().int(),
  flags: z.array(z.string()),
  lastHeartbeatAt: z.string(),
  heartbeatAgeSeconds: z.number().int(),
  fresh: z.boolean(),
  runningJobs: z.number().int(),
});

const throughputSchema = z.object({
  /** One entry per hour of the last 24 (oldest first), hours with nothing included. */
  hours: z.array(z.object({ hour: z.string(), assets: z.number().int() })),
  lastHour: z.number().int(),
});

const growthMonthSchema = z.object({
  /** 'YYYY-MM' (UTC) of when Shoebox first saw the files. */
  month: z.string(),
  photos: z.number().int(),
  videos: z.number().int(),
  originalBytes: z.number(),
  /** Derived files made that month that still exist (a remade file counts in its newer month). */
  derivedBytes: z.number(),
});

export const liveOverviewSchema = z.object({
  generatedAt: z.string(),
  queue: queueSchema,
  workers: z.array(workerSchema),
  throughput: throughputSchema,
});

export const adminOverviewSchema = liveOverviewSchema.extend({
  users: usersSchema,
  libraries: z.array(libraryRowSchema),
  derivedByKind: z.array(derivedKindSchema),
  growth: z.array(growthMonthSchema),
});

export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type LiveOverview = z.infer<typeof liveOverviewSchema>;
export type AdminOverview = z.infer<typeof adminOverviewSchema>;
export type LibraryRow = z.infer<typeof libraryRowSchema>;
export type GrowthMonth = z.infer<typeof growthMonthSchema>;
export type OverviewWorker = z.infer<typeof workerSchema>;
