// Database reachability and the worker's last heartbeat, for /api/health and monitors.
import { prisma } from '@/lib/server/db';
import { lastWorkerHeartbeat, STALE_AFTER_SECONDS } from '@/lib/server/worker-health';

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: { reachable: boolean; latencyMs: number | null };
  worker: { alive: boolean; lastHeartbeatAt: string | null };
}

export async function getHealth(): Promise<Health> {
  const started = performance.now();
  const reachable = await prisma()
    .$queryRaw`SELECT 1`.then(() => true)
    .catch(() => false);
  const latencyMs = reachable ? Math.round((performance.now() - started) * 10) / 10 : null;
  const last = reachable ? await lastWorkerHeartbeat().catch(() => null) : null;
  const alive = last !== null && Date.now() - last.getTime() < STALE_AFTER_SECONDS * 1000;
  return {
    status: !reachable ? 'down' : alive ? 'ok' : 'degraded',
    database: { reachable, latencyMs },
    worker: { alive, lastHeartbeatAt: last?.toISOString() ?? null },
  };
}
