// A throwaway PostgreSQL (embedded, in a temp folder; or the empty database BENCH_DATABASE_URL
// names) and data folder for one benchmark run. Call before importing any app module: app
// modules read their configuration once, at import — so the settings go into process.env
// first and the database modules are imported after (the embedded database's own module reads
// it too); the URL, known only once PostgreSQL is up, is handed over with setDatabaseUrl.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../tests/support/free-port';

export interface BenchDatabase {
  url: string;
  dataDir: string;
  workDir: string;
  stop: () => Promise<void>;
}

export async function startBenchDatabase(options: { logLevel?: string } = {}): Promise<BenchDatabase> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-'));
  const dataDir = path.join(workDir, 'data');
  const given = process.env.BENCH_DATABASE_URL;
  Object.assign(process.env, {
    ...(given ? { DATABASE_URL: given } : {}),
    DATA_DIR: dataDir,
    LOG_LEVEL: options.logLevel ?? 'warn',
    LOG_FORMAT: 'json',
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-00',
  });
  const { startEmbeddedPostgres } = await import('../../lib/server/embedded-db');
  const { migrateDatabase } = await import('../../lib/server/migrations');
  const { setDatabaseUrl } = await import('../../lib/server/env');
  const db = given ? undefined : await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), port: await freePort(), database: 'bench' });
  const url = given ?? db!.url;
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  setDatabaseUrl(url);
  return {
    url,
    dataDir,
    workDir,
    stop: async () => {
      const { disconnectPrisma } = await import('../../lib/server/db');
      await disconnectPrisma();
      await db?.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
