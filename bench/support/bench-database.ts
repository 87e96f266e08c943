// A throwaway PostgreSQL (embedded, in a temp folder) and data folder for one benchmark run.
// Call before importing any app module: app modules read their configuration at import.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../lib/server/embedded-db';
import { migrateDatabase } from '../../lib/server/migrations';
import { freePort } from '../../tests/support/free-port';


export interface BenchDatabase {
  url: string;
  dataDir: string;
  workDir: string;
  stop: () => Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-'));
  const db = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), port: await freePort(), database: 'bench' });
  await migrateDatabase(db.url);
  const dataDir = path.join(workDir, 'data');
  Object.assign(process.env, { DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-00' });
  return {
    url: db.url,
    dataDir,
    workDir,
    stop: async () => {
      const { disconnectPrisma } = await import('../../lib/server/db');
      await disconnectPrisma();
      await db.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
