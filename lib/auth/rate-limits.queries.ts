// Rate-limit counters in PostgreSQL so every web process shares them. One row per key, a fixed
// window that restarts on the first hit after it has passed.
import { prisma } from '@/lib/server/db';

export interface WindowState {
  hits: number;
  windowStart: Date;
}

/** Counts one hit and returns the window after it. */
export async function hitRateLimit(key: string, windowSeconds: number): Promise<WindowState> {
  const rows = await prisma().$queryRaw<{ hits: number; window_start: Date }[]>`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE rate_limits.hits + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE rate_limits.window_start END
    RETURNING hits, window_start`;
  return { hits: rows[0].hits, windowStart: rows[0].window_start };
}

export async function refundRateLimit(key: string): Promise<void> {
  await prisma().$executeRaw`UPDATE rate_limits SET hits = hits - 1 WHERE key = ${key} AND hits > 0`;
}

export async function clearRateLimit(key: string): Promise<void> {
  await prisma().rateLimit.deleteMany({ where: { key } });
}

