// Restore of a built-in dump (copy-dump.ts) into an empty database:
//   1. the whole file is read once and checked (framing, gzip checksum, every table's row
//      count, the end record) before anything is written: a damaged or cut-short file changes
//      nothing;
//   2. exactly the migrations the dump lists are applied (the schema the rows came from);
//   3. every table is loaded with COPY FROM in ONE transaction, with session_replication_role
//      = replica when the user may set it (superuser): FK checks and triggers stay off, so our
//      triggers (e.g. the embedding key's, the performer counts) do not rewrite or add rows;
//      otherwise the owner switches off the tables' own triggers (ALTER TABLE … DISABLE
//      TRIGGER USER) and tables go in FK dependency order (the order they were dumped in);
//   4. sequences are set, then the newer migrations of this version run over the rows, and
//      materialized views are refreshed. The migration run re-applies the read-only grants.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { listMigrationNames, migrateDatabase } from '@/lib/server/migrations';
import {
  beginRestore,
  copyIn,
  endTransaction,
  existingTables,
  openClient,
  refreshMaterializedViews,
  setSequences,
  setUserTriggers,
  truncateTables,
  workerMigrations,
} from './copy-dump.queries';
import { DUMP_FORMAT, DUMP_VERSION, DumpDamagedError, type DumpHeader, type DumpSequence, type DumpTable, parseJson, readDumpFile } from './dump-format';

export class CopyRestoreRefusedError extends Error {}

export interface CopyRestoreResult {
  migrationsApplied: string[];
  /** false: not superuser; FK checks stayed on and tables were loaded in FK order. */
  fkChecksOff: boolean;
}

const WORKER_MIGRATIONS = 'graphile_worker.migrations';
const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;

export async function restoreCopyDump(options: { databaseUrl: string; file: string; readonlyPassword?: string }): Promise<CopyRestoreResult> {
  const { header, tables } = await checkDumpFile(options.file);
  const known = new Set(await listMigrationNames());
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new CopyRestoreRefusedError(
      `This backup is from a newer Shoebox: it lists migrations this version does not have (${unknown.join(', ')}). Restore it with that version or a later one. Nothing was restored.`,
    );
  }
  await migrateDatabase(options.databaseUrl, { only: header.migrations, readonlyPassword: options.readonlyPassword });
  const fkChecksOff = await loadRows(options.databaseUrl, options.file, header, tables);
  const { applied } = await migrateDatabase(options.databaseUrl, { readonlyPassword: options.readonlyPassword });
  const client = await openClient(options.databaseUrl);
  try {
    await refreshMaterializedViews(client);
  } finally {
    await client.end();
  }
  return { migrationsApplied: applied, fkChecksOff };
}

const damaged = (file: string, why: string) =>
  new CopyRestoreRefusedError(`The backup ${file} is damaged or incomplete (${why}). Nothing was restored; use another backup.`);

/** Reads the whole dump without writing anything; its header and tables when every check passes. */
export async function checkDumpFile(file: string): Promise<{ header: DumpHeader; tables: DumpTable[] }> {
  let header: DumpHeader | null = null;
  let table: DumpTable | null = null;
  const tables: DumpTable[] = [];
  let rows = 0;
  let ended = false;
  try {
    for await (const f of readDumpFile(file)) {
      if (ended) throw new DumpDamagedError('data after the end record');
      if (!header) {
        const h = f.kind === 'H' ? parseJson<DumpHeader>(f) : null;
        if (h?.format !== DUMP_FORMAT) throw new CopyRestoreRefusedError(`${file} is not a Shoebox backup (neither a pg_dump file nor a built-in dump).`);
        if (!Array.isArray(h.migrations) || !Array.isArray(h.workerMigrations)) throw new DumpDamagedError('its header has no migration list');
        if (h.version > DUMP_VERSION) throw new CopyRestoreRefusedError(`This backup's format (version ${h.version}) is from a newer Shoebox; restore it with that version.`);
        header = h;
      } else if (f.kind === 'T') {
        if (table) throw new DumpDamagedError(`table ${key(table)} has no end`);
        table = parseJson<DumpTable>(f);
        rows = 0;
      } else if (f.kind === 'D') {
        if (!table) throw new DumpDamagedError('rows outside a table');
        rows += countLines(f.payload); // COPY text: one row per line, newlines in values are escaped
      } else if (f.kind === 'E') {
        if (!table) throw new DumpDamagedError('a table end without its start');
        const expected = parseJson<{ rows: number }>(f).rows;
        if (expected !== rows) throw new DumpDamagedError(`table ${key(table)} has ${rows} rows, its end record says ${expected}`);
        tables.push(table);
        table = null;
      } else if (f.kind === 'Z') {
        if (table) throw new DumpDamagedError(`table ${key(table)} has no end`);
        if (parseJson<{ tables: number }>(f).tables !== tables.length) throw new DumpDamagedError('the number of tables does not match the end record');
        ended = true;
      }
    }
  } catch (error) {
    if (error instanceof DumpDamagedError) throw damaged(file, error.message);
    throw error;
  }
  if (!header) throw damaged(file, 'it is empty');
  if (!ended) throw damaged(file, table ? `it ends inside table ${key(table)}` : 'it has no end record');
  return { header, tables };
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n += 1;
  return n;
}

/** Every table's rows and the sequences, in one transaction; whether triggers were off. */
async function loadRows(databaseUrl: string, file: string, header: DumpHeader, tables: DumpTable[]): Promise<boolean> {
  const client = await openClient(databaseUrl);
  try {
    // graphile-worker installs its own schema; its migrations table is replaced by the dump's
    // only when both list the same ones (a newer graphile-worker keeps its own list).
    const installedWorker = await workerMigrations(client);
    const newerWorker = header.workerMigrations.filter((id) => !installedWorker.includes(id));
    if (newerWorker.length) {
      throw new CopyRestoreRefusedError(
        `This backup's job queue comes from a newer graphile-worker (migrations ${newerWorker.join(', ')}); restore it with a Shoebox at least as new as the one that took it. Drop and re-create the database before trying again.`,
      );
    }
    const keepWorkerList = installedWorker.length !== header.workerMigrations.length;
    const present = await existingTables(client);
    const missing = tables.filter((t) => !present.has(key(t)));
    if (missing.length) throw new CopyRestoreRefusedError(`The backup's tables ${missing.map(key).join(', ')} do not exist after its migrations.`);
    const loading = tables.filter((t) => !(keepWorkerList && key(t) === WORKER_MIGRATIONS));
    const fkChecksOff = await beginRestore(client);
    let current: DumpTable | null = null; // for the error message
    try {
      // Rows the migrations put in (e.g. _prisma_migrations' own) make way for the dump's.
      // All at once: TRUNCATE refuses a referenced table unless its referrers go with it.
      await truncateTables(client, loading);
      if (!fkChecksOff) await setUserTriggers(client, loading, false);
      const loads = new Set(loading.map(key));
      let table: DumpTable | null = null;
      let into: ReturnType<typeof copyIn> | null = null;
      let failure: Error | null = null;
      for await (const f of readDumpFile(file)) {
        if (f.kind === 'T') {
          table = parseJson<DumpTable>(f);
          if (!loads.has(key(table))) {
            table = null;
            continue;
          }
          current = table;
          into = copyIn(client, table);
          into.on('error', (error: Error) => (failure = error));
        } else if (f.kind === 'D' && into) {
          if (!into.write(f.payload)) await once(into, 'drain');
          if (failure) throw failure;
        } else if (f.kind === 'E' && into && table) {
          into.end();
          await finished(into);
          const expected = parseJson<{ rows: number }>(f).rows;
          if (into.rowCount !== expected) throw new Error(`table ${key(table)}: ${into.rowCount} rows loaded, the backup has ${expected}`);
          into = null;
          table = null;
        } else if (f.kind === 'S') {
          await setSequences(client, parseJson<DumpSequence[]>(f));
        }
      }
      if (!fkChecksOff) await setUserTriggers(client, loading, true);
      await endTransaction(client, true);
    } catch (error) {
      await endTransaction(client, false).catch(() => undefined);
      if (error instanceof CopyRestoreRefusedError) throw error;
      // The rows are rolled back; the migrations' empty tables stay (they ran before).
      throw new Error(
        `Restore failed while loading ${current ? `table ${key(current)}` : 'the rows'}: ${(error as Error).message}. No rows were kept; drop and re-create the database before trying again.`,
        { cause: error },
      );
    }
    return fkChecksOff;
  } finally {
    await client.end();
  }
}
