// Applies prisma/migrations/*/migration.sql without Prisma's schema engine (which cannot be
// downloaded offline). Applied files are recorded in Prisma's own `_prisma_migrations`
// format, so `prisma migrate status` agrees on machines that do have the engine. Then
// graphile-worker's own schema is installed, so the web can enqueue before a worker runs.
// Last, the read-only role's grants are applied again (tables added since, or a restore made
// with --no-privileges) and, when READONLY_DB_PASSWORD is set, the role may log in with it.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import pg from 'pg';

const LOCK_KEY = 7_301_955_001; // any constant: serialises concurrent starters

export interface MigrationResult {
  applied: string[];
}

export interface MigrateOptions {
  migrationsDir?: string;
  /** READONLY_DB_PASSWORD: lets shoebox_readonly log in with it; unset leaves the role as it is. */
  readonlyPassword?: string;
  /**
   * Apply only these migrations (by folder name), in their usual order: a built-in backup is
   * restored into the schema it was taken from, then the newer migrations run over its rows.
   * A name that is not among the files throws (see listMigrationNames to check first).
   */
  only?: readonly string[];
}

/** The names of this version's migrations, oldest first. */
export async function listMigrationNames(migrationsDir = defaultMigrationsDir()): Promise<string[]> {
  return (await readMigrations(migrationsDir)).map((m) => m.name);
}

function defaultMigrationsDir(): string {
  return path.join(process.cwd(), 'prisma', 'migrations');
}

export async function migrateDatabase(connectionString: string, options: MigrateOptions = {}): Promise<MigrationResult> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const files = await readMigrations(migrationsDir);
  const wanted = options.only ? new Set(options.only) : null;
  const missing = options.only?.filter((name) => !files.some((f) => f.name === name)) ?? [];
  if (missing.length) throw new Error(`No such migration in ${migrationsDir}: ${missing.join(', ')}`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await ensureMigrationsTable(client);
    const applied = await applyPending(client, wanted ? files.filter((f) => wanted.has(f.name)) : files);
    await runWorkerMigrations({ connectionString, logger: undefined });
    await applyReadonlyRole(client, options.readonlyPassword);
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function applyPending(client: pg.Client, files: MigrationFile[]): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const applied: string[] = [];
  for (const file of files) {
    const previous = done.get(file.name);
    if (previous !== undefined) {
      if (previous !== file.checksum) {
        throw new Error(`Migration ${file.name} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    await applyOne(client, file);
    applied.push(file.name);
  }
  return applied;
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [
      id,
      file.checksum,
      file.name,
    ]);
    await client.query(file.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The grants of shoebox_readonly (a function of the readonly_role migration) and its password.
 * The password goes through format('%L') inside the server, never into a logged statement's
 * text: it is a bind parameter of set_config, read back by the DO block.
 */
async function applyReadonlyRole(client: pg.Client, password: string | undefined): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>("SELECT to_regproc('public.shoebox_grant_readonly') IS NOT NULL AS ok");
  if (!rows[0]?.ok) return;
  await client.query('SELECT shoebox_grant_readonly()');
  if (!password) return;
  await client.query('BEGIN');
  try {
    await client.query("SELECT set_config('shoebox.readonly_password', $1, true)", [password]);
    await client.query(`DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shoebox_readonly') THEN
          EXECUTE format('ALTER ROLE shoebox_readonly LOGIN PASSWORD %L', current_setting('shoebox.readonly_password'));
        END IF;
      END $$`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`Could not set the password of shoebox_readonly: ${(error as Error).message}`);
  }
}
