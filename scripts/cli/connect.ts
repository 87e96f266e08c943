// The CLI's database: DATABASE_URL, else the embedded PostgreSQL of a running `npm start`,
// else an embedded PostgreSQL started just for this command (and stopped after it).
// `restore` asks for no migrations: it needs the database as empty as it was created.
import path from 'node:path';
import { type EmbeddedDatabase, runningEmbeddedUrl, startEmbeddedPostgres } from '@/lib/server/embedded-db';
import { env, setDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';

export async function connectCli(options: { migrate?: boolean } = {}): Promise<{ close: () => Promise<void> }> {
  if (env.DATABASE_URL) return { close: async () => undefined };
  const clusterDir = path.join(env.DATA_DIR, 'postgres');
  const running = await runningEmbeddedUrl(clusterDir, env.EMBEDDED_PG_PORT, 'shoebox');
  if (running) {
    setDatabaseUrl(running);
    return { close: async () => undefined };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: clusterDir,
    port: env.EMBEDDED_PG_PORT,
    database: 'shoebox',
    runtimeDir: env.EMBEDDED_PG_RUNTIME_DIR,
  });
  setDatabaseUrl(embedded.url);
  if (options.migrate ?? true) await migrateDatabase(embedded.url, { readonlyPassword: env.READONLY_DB_PASSWORD });
  return { close: () => embedded.stop() };
}
