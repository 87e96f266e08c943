// Response schemas of the admin room (GET /api/health); get-health.ts holds the DTO types and
// lib/api-docs/admin.api.ts checks these against them.
import { z } from 'zod';

const status = z.enum(['ok', 'degraded', 'down']);

/** What anyone gets: the verdict and its parts. */
export const publicHealthSchema = z
  .object({ status, database: z.object({ reachable: z.boolean() }).strict(), worker: z.object({ alive: z.boolean() }).strict() })
  .strict()
  .meta({ id: 'PublicHealth' });

/** What an administrator gets: every worker process and launcher, and the problem in words. */
export const healthSchema = z
  .object({
    status,
    database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable() }),
    worker: z.object({ alive: z.boolean(), lastHeartbeatAt: z.iso.datetime().nullable(), problem: z.string().nullable() }),
    workers: z.array(
      z.object({
        hostname: z.string(),
        pid: z.number().int(),
        concurrency: z.number().int(),
        flags: z.array(z.string()),
        startedAt: z.iso.datetime(),
        lastHeartbeatAt: z.iso.datetime(),
        fresh: z.boolean(),
      }),
    ),
    launchers: z.array(
      z.object({
        hostname: z.string(),
        pid: z.number().int(),
        worker: z.object({
          state: z.string(),
          pid: z.number().int().nullable(),
          crashes: z.number().int(),
          lastExit: z.string().nullable(),
          lastCrashAt: z.iso.datetime().nullable(),
          nextStartAt: z.iso.datetime().nullable(),
        }),
      }),
    ),
    web: z.object({ sessionCache: z.enum(['listening', 'checking every request']) }),
  })
  .meta({ id: 'Health' });
