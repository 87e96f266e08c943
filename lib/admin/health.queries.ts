// The database half of the health check: one round trip that needs no table.
import { prisma } from '@/lib/server/db';

/** True when PostgreSQL answers, false when it cannot be reached. */
export function pingDatabase(): Promise<boolean> {
  return prisma()
    .$queryRaw`SELECT 1`.then(() => true)
    .catch(() => false);
}
