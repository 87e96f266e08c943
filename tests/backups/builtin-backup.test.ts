// The built-in dump (no pg_dump needed): a populated database backed up with the real code in
// its builtin format, restored by the real restore code into a new empty database, and
// compared table by table (row count and checksum of every row, public and graphile_worker).
// A damaged or cut-short file, and one from a newer Shoebox, are refused and change nothing.
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backUpDatabase } from '@/lib/backups/back-up-database';
import { type DumpHeader, type Frame, frame, readFrames } from '@/lib/backups/dump-format';
import { restoreDatabase, RestoreRefusedError } from '@/lib/backups/restore-database';
import { quoteIdent, withDatabase } from '../setup/database-names';
import { fingerprint, populateForBackup, query } from '../support/backup-database';

const adminUrl = inject('databaseAdminUrl');
const sourceUrl = process.env.DATABASE_URL!;
const base = new URL(sourceUrl).pathname.slice(1);
const dir = path.join(process.env.DATA_DIR!, 'builtin-backups');
const scratch: string[] = [];
const owner = `${base}_owner`;

/** A new empty database beside the source; dropped after the file. */
async function emptyDatabase(suffix: string): Promise<string> {
  const name = `${base}_${suffix}`;
  await query(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  scratch.push(name);
  return withDatabase(adminUrl, name);
}

const publicTables = async (url: string) =>
  (await query<{ name: string }>(url, "SELECT tablename AS name FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker')")).map((r) => r.name);

/** The dump's frames with `edit` applied, written back as a valid (gzip, framed) file. */
/** A copy of a dump with its frames edited: each frame becomes what the edit answers (none, one or several). */
async function rewriteDump(file: string, out: string, edit: (f: Frame) => Frame | Frame[] | null): Promise<void> {
  const frames: Buffer[] = [];
  for await (const f of readFrames(Readable.from([gunzipSync(await readFile(file))]))) {
    const edited = edit(f);
    for (const e of edited === null ? [] : Array.isArray(edited) ? edited : [edited]) frames.push(...frame(e.kind, e.payload));
  }
  await writeFile(out, gzipSync(Buffer.concat(frames)));
}

beforeAll(async () => {
  await populateForBackup();
}, 180_000);

afterAll(async () => {
  for (const name of scratch) await query(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await query(adminUrl, `DROP ROLE IF EXISTS ${quoteIdent(owner)}`);
});

describe('the built-in backup', () => {
  let backupFile: string;

  it('writes one gzip file, owner-only, and says it used the built-in dump', async () => {
    const backup = await backUpDatabase({ databaseUrl: sourceUrl, dir, format: 'builtin' });
    backupFile = backup.file;
    expect(backup.format).toBe('builtin');
    expect(backup.reason).toBe('BACKUP_FORMAT=builtin');
    expect(path.basename(backupFile)).toMatch(/^shoebox-\d{8}-\d{6}\.dump$/);
    expect((await stat(backupFile)).mode & 0o777).toBe(0o600);
    const handle = await open(backupFile, 'r');
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    await handle.close();
    expect([...buffer]).toEqual([0x1f, 0x8b]);
  });

  it('restores into a new database with every table’s rows equal', async () => {
    const before = await fingerprint(sourceUrl);
    expect(Number(before['public.assets'].split(' ')[0])).toBeGreaterThan(10);
    expect(Number(before['graphile_worker._private_jobs'].split(' ')[0])).toBeGreaterThan(0);
    const target = await emptyDatabase('builtin_restored');

    const result = await restoreDatabase({ databaseUrl: target, file: backupFile });

    expect(await fingerprint(target)).toEqual(before);
    expect(result.migrationsApplied).toEqual([]);
    expect(result.tables.find((t) => t.table === 'public.comments')?.rows).toBe(1);
    // Sequences continue where the source's were: the next job id is a new one.
    const lastJobId = 'SELECT last_value::text AS v FROM graphile_worker.jobs_id_seq1';
    const [restored] = await query<{ v: string }>(target, lastJobId);
    const [source] = await query<{ v: string }>(sourceUrl, lastJobId);
    expect(Number(restored.v)).toBeGreaterThan(1);
    expect(restored.v).toBe(source.v);
  }, 120_000);

  it('restores row for row as a database owner who is not superuser (FK order, own triggers off)', async () => {
    const before = await fingerprint(sourceUrl);
    await query(adminUrl, `CREATE ROLE ${quoteIdent(owner)} LOGIN PASSWORD 'owner-pw' NOSUPERUSER NOCREATEROLE`);
    const name = `${base}_builtin_owned`;
    await query(adminUrl, `CREATE DATABASE ${quoteIdent(name)} OWNER ${quoteIdent(owner)}`);
    scratch.push(name);
    const url = new URL(withDatabase(adminUrl, name));
    url.username = owner;
    url.password = 'owner-pw';

    const result = await restoreDatabase({ databaseUrl: url.toString(), file: backupFile });

    expect(result.note).toMatch(/FK order/);
    // Triggers such as the performer counts and the similarity queue did not add or change rows.
    expect(await fingerprint(withDatabase(adminUrl, name))).toEqual(before);
  }, 120_000);

  it('from an older Shoebox: restores its schema, then runs the newer migrations over the rows', async () => {
    const before = await fingerprint(sourceUrl);
    const names = async (url: string) => (await query<{ n: string }>(url, 'SELECT migration_name AS n FROM "_prisma_migrations" ORDER BY 1')).map((r) => r.n);
    const all = await names(sourceUrl);
    const newest = all[all.length - 1];
    // The same data as taken by the version before the newest migration existed: without its
    // row in _prisma_migrations, and without the tables it creates (that version had none).
    const newestSql = await readFile(path.join('prisma/migrations', newest, 'migration.sql'), 'utf8');
    const newTables = new Set([...newestSql.matchAll(/CREATE TABLE "([a-z_]+)"/g)].map((m) => m[1]));
    const older = path.join(dir, 'older.dump');
    const migrationRows: Buffer[] = [];
    let table = '';
    await rewriteDump(backupFile, older, (f) => {
      if (f.kind === 'H') {
        const header = JSON.parse(f.payload.toString()) as DumpHeader;
        return { kind: 'H', payload: Buffer.from(JSON.stringify({ ...header, migrations: header.migrations.filter((m) => m !== newest) })) };
      }
      if (f.kind === 'T') table = (JSON.parse(f.payload.toString()) as { name: string }).name;
      if (f.kind === 'Z') {
        const end = JSON.parse(f.payload.toString()) as { tables: number };
        return { kind: 'Z', payload: Buffer.from(JSON.stringify({ ...end, tables: end.tables - newTables.size })) };
      }
      if (['T', 'D', 'E'].includes(f.kind) && newTables.has(table)) return null;
      if (table !== '_prisma_migrations') return f;
      // Its rows may be cut across data frames anywhere: gathered, then written as one without the newest.
      if (f.kind === 'D') {
        migrationRows.push(f.payload);
        return null;
      }
      if (f.kind === 'E') {
        const rows = Buffer.concat(migrationRows).toString().split('\n').filter((line) => !line.includes(newest)).join('\n');
        return [{ kind: 'D', payload: Buffer.from(rows) }, { kind: 'E', payload: Buffer.from(JSON.stringify({ rows: all.length - 1 })) }];
      }
      return f;
    });
    const target = await emptyDatabase('builtin_older');

    const result = await restoreDatabase({ databaseUrl: target, file: older });

    expect(result.migrationsApplied).toEqual([newest]);
    expect(await names(target)).toEqual(all);
    const after = await fingerprint(target);
    delete before['public._prisma_migrations']; // the newest one's row has its own id and time
    delete after['public._prisma_migrations'];
    for (const name of newTables) {
      // Made by the newest migration over the restored rows: there, and empty.
      expect(Object.keys(after)).toContain(`public.${name}`);
      delete before[`public.${name}`];
      delete after[`public.${name}`];
    }
    expect(after).toEqual(before);
  }, 120_000);

  it('refuses a file cut short, and leaves the database empty', async () => {
    const cut = path.join(dir, 'cut.dump');
    const whole = await readFile(backupFile);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const target = await emptyDatabase('builtin_cut');
    await expect(restoreDatabase({ databaseUrl: target, file: cut })).rejects.toThrow(RestoreRefusedError);
    await expect(restoreDatabase({ databaseUrl: target, file: cut })).rejects.toThrow(/damaged or incomplete .*Nothing was restored/);
    expect(await publicTables(target)).toEqual([]);
  });

  it('refuses a file whose rows do not match its own counts, and leaves the database empty', async () => {
    const edited = path.join(dir, 'edited.dump');
    let dropped = false;
    // A row missing from the middle of a table: framing and gzip stay valid, the count does not.
    await rewriteDump(backupFile, edited, (f) => {
      if (dropped || f.kind !== 'D' || f.payload.indexOf(10) === f.payload.length - 1) return f;
      dropped = true;
      return { kind: 'D', payload: f.payload.subarray(f.payload.indexOf(10) + 1) };
    });
    expect(dropped).toBe(true);
    const target = await emptyDatabase('builtin_edited');
    await expect(restoreDatabase({ databaseUrl: target, file: edited })).rejects.toThrow(/damaged or incomplete \(table \S+ has \d+ rows, its end record says \d+\)/);
    expect(await publicTables(target)).toEqual([]);
  });

  it('refuses a backup from a newer Shoebox (a migration this version does not have)', async () => {
    const future = path.join(dir, 'future.dump');
    await rewriteDump(backupFile, future, (f) => {
      if (f.kind !== 'H') return f;
      const header = JSON.parse(f.payload.toString()) as DumpHeader;
      return { kind: 'H', payload: Buffer.from(JSON.stringify({ ...header, migrations: [...header.migrations, '20991231000000_from_the_future'] })) };
    });
    const target = await emptyDatabase('builtin_future');
    await expect(restoreDatabase({ databaseUrl: target, file: future })).rejects.toThrow(
      /newer Shoebox: it lists migrations this version does not have \(20991231000000_from_the_future\)/,
    );
    expect(await publicTables(target)).toEqual([]);
  });

  it('refuses a file that is no backup at all', async () => {
    const other = path.join(dir, 'notes.dump');
    await writeFile(other, 'just some notes\n');
    const target = await emptyDatabase('builtin_other');
    await expect(restoreDatabase({ databaseUrl: target, file: other })).rejects.toThrow(/is not a Shoebox backup/);
    expect(await publicTables(target)).toEqual([]);
  });
});
