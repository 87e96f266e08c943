// SQL of the built-in dump and its restore: catalog reads, COPY out and in, sequences. Each
// runs on a pg.Client the caller opened on the URL being dumped or restored into (that
// database has no Prisma client; COPY streams need a connection of their own anyway).
import type { Readable, Writable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DumpSequence, DumpTable } from './dump-format';

/** The schemas a backup holds: ours, and graphile-worker's queue (pending work is data too). */
export const DUMPED_SCHEMAS = ['public', 'graphile_worker'];

export async function openClient(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

const qualified = (client: pg.Client, t: { schema: string; name: string }) => `${client.escapeIdentifier(t.schema)}.${client.escapeIdentifier(t.name)}`;

/** One consistent view of the whole database for the rest of this connection's transaction. */
export async function beginSnapshot(client: pg.Client): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
}

export async function endTransaction(client: pg.Client, commit: boolean): Promise<void> {
  await client.query(commit ? 'COMMIT' : 'ROLLBACK');
}

export async function serverVersion(client: pg.Client): Promise<{ text: string; major: number }> {
  const { rows } = await client.query<{ text: string; num: string }>("SELECT current_setting('server_version') AS text, current_setting('server_version_num') AS num");
  return { text: rows[0].text, major: Math.floor(Number(rows[0].num) / 10_000) };
}

/** Applied migrations by name (none when the table does not exist: not a Shoebox database). */
export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows: exists } = await client.query<{ ok: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok");
  if (!exists[0].ok) return [];
  const { rows } = await client.query<{ name: string }>(
    'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((r) => r.name);
}

export async function workerMigrations(client: pg.Client): Promise<number[]> {
  const { rows: exists } = await client.query<{ ok: boolean }>("SELECT to_regclass('graphile_worker.migrations') IS NOT NULL AS ok");
  if (!exists[0].ok) return [];
  const { rows } = await client.query<{ id: number }>('SELECT id FROM graphile_worker.migrations ORDER BY id');
  return rows.map((r) => r.id);
}

/**
 * Regular tables of the dumped schemas (no views, no materialized views: those are rebuilt)
 * with their stored columns (generated columns are computed again on restore, COPY FROM
 * refuses them), in FK dependency order — referenced tables first — so a restore that may not
 * switch triggers off still loads parents before children.
 */
export async function listTables(client: pg.Client): Promise<DumpTable[]> {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[]; refs: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array(SELECT a.attname FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                  ORDER BY a.attnum)::text[] AS columns,
            array(SELECT DISTINCT rn.nspname || '.' || rc.relname FROM pg_constraint f
                  JOIN pg_class rc ON rc.oid = f.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                  WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid)::text[] AS refs
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname = ANY($1)
      ORDER BY 1, 2`,
    [DUMPED_SCHEMAS],
  );
  return dependencyOrder(rows).map(({ schema, name, columns }) => ({ schema, name, columns }));
}

function dependencyOrder<T extends { schema: string; name: string; refs: string[] }>(tables: T[]): T[] {
  const byKey = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  const visit = (t: T, path: Set<string>) => {
    const key = `${t.schema}.${t.name}`;
    if (placed.has(key) || path.has(key)) return; // a cycle is loaded as found
    path.add(key);
    for (const ref of t.refs) {
      const parent = byKey.get(ref);
      if (parent) visit(parent, path);
    }
    placed.add(key);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

export async function listSequences(client: pg.Client): Promise<DumpSequence[]> {
  const { rows: seqs } = await client.query<{ schema: string; name: string }>(
    'SELECT schemaname AS schema, sequencename AS name FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1, 2',
    [DUMPED_SCHEMAS],
  );
  const result: DumpSequence[] = [];
  for (const s of seqs) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(client, s)}`);
    result.push({ ...s, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
  }
  return result;
}

/** The table's rows in COPY text format, streamed. */
export function copyOut(client: pg.Client, table: DumpTable): Readable & { rowCount?: number } {
  const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
  return client.query(copyTo(`COPY ${qualified(client, table)} (${columns}) TO STDOUT`));
}

/** Opens the restore's one transaction; true when triggers and FK checks are off for it. */
export async function beginRestore(client: pg.Client): Promise<boolean> {
  await client.query('BEGIN');
  await client.query('SAVEPOINT replica');
  try {
    // Triggers (FK checks, and ours such as the embedding key's) must not rewrite restored rows.
    await client.query('SET LOCAL session_replication_role = replica');
    return true;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT replica'); // not superuser: see setUserTriggers
    return false;
  }
}

/**
 * Without superuser, the owner of the tables (who ran the migrations) can still switch off the
 * tables' own triggers — not the FK checks, which are system triggers: so tables are loaded
 * in FK dependency order. Inside the restore's transaction, so a failure leaves them on.
 */
export async function setUserTriggers(client: pg.Client, tables: DumpTable[], enabled: boolean): Promise<void> {
  for (const t of tables) await client.query(`ALTER TABLE ${qualified(client, t)} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
}

/** Empties the tables the migrations filled (e.g. _prisma_migrations) before the dump's rows go in. */
export async function truncateTables(client: pg.Client, tables: DumpTable[]): Promise<void> {
  if (!tables.length) return;
  await client.query(`TRUNCATE ${tables.map((t) => qualified(client, t)).join(', ')}`);
}

export function copyIn(client: pg.Client, table: DumpTable): Writable & { rowCount?: number } {
  const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
  return client.query(copyFrom(`COPY ${qualified(client, table)} (${columns}) FROM STDIN`));
}

export async function setSequences(client: pg.Client, sequences: DumpSequence[]): Promise<void> {
  for (const s of sequences) {
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(client, s), s.lastValue, s.isCalled]);
  }
}

/** Tables of the dumped schemas in this database (to check a dump's tables exist here). */
export async function existingTables(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ key: string }>(
    "SELECT n.nspname || '.' || c.relname AS key FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = ANY($1)",
    [DUMPED_SCHEMAS],
  );
  return new Set(rows.map((r) => r.key));
}

export async function refreshMaterializedViews(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ schema: string; name: string }>('SELECT schemaname AS schema, matviewname AS name FROM pg_matviews WHERE schemaname = ANY($1)', [DUMPED_SCHEMAS]);
  for (const view of rows) await client.query(`REFRESH MATERIALIZED VIEW ${qualified(client, view)}`);
  return rows.map((r) => `${r.schema}.${r.name}`);
}
