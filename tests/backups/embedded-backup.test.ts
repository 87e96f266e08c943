// The default, zero-config mode: the embedded PostgreSQL 18, which ships no pg_dump, while
// the client a distribution has is older (Debian 12: 15) or missing. The real backup code must
// pick its built-in dump there on its own, and that dump must restore into a second database
// of the same server with every row equal. (Runs its own throwaway cluster; the test database
// of the setup is not used.)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backUpDatabase } from '@/lib/backups/back-up-database';
import { restoreDatabase } from '@/lib/backups/restore-database';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/lib/server/embedded-db';
import { migrateDatabase } from '@/lib/server/migrations';
import { withDatabase } from '../setup/database-names';
import { fingerprint, query } from '../support/backup-database';
import { freePort } from '../support/free-port';

let dir: string;
let server: EmbeddedDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-embedded-backup-'));
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: await freePort(), database: 'shoebox', ephemeral: true });
  await migrateDatabase(server.url);
  await query(
    server.url,
    `WITH u AS (INSERT INTO users (email, name, password_hash, role) VALUES ('ada@example.com', 'Ada', 'x', 'admin'), ('bo@example.com', 'Bo', 'y', 'user') RETURNING id, name)
     , t AS (INSERT INTO tags (owner_id, name, aliases) SELECT id, 'Holiday of ' || name, ARRAY['trip', 'été'] FROM u RETURNING id)
     INSERT INTO people (owner_id, name, description) SELECT id, 'Person "quoted"', E'two\\nlines\\tand a tab' FROM u`,
  );
  await query(server.url, `INSERT INTO libraries (owner_id, name, root_path) SELECT id, 'Photos', '/photos/' || name FROM users`);
  await query(server.url, `SELECT graphile_worker.add_job('library:scan', json_build_object('libraryId', id)) FROM libraries`);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup in the default embedded mode', () => {
  it('is PostgreSQL 18 with no usable pg_dump, so the real backup picks its built-in dump', async () => {
    const [{ v }] = await query<{ v: string }>(server.url, "SELECT current_setting('server_version_num') AS v");
    expect(Math.floor(Number(v) / 10_000)).toBe(18);

    const backup = await backUpDatabase({ databaseUrl: server.url, dir: path.join(dir, 'backups') });

    expect(backup.format).toBe('builtin');
    expect(backup.reason).toMatch(/^(pg_dump \d+ is older than the server \(PostgreSQL 18\)|no pg_dump found)/);

    const before = await fingerprint(server.url);
    expect(before['public.people']).toMatch(/^2 rows/);
    expect(before['graphile_worker._private_jobs']).toMatch(/^2 rows/);
    await query(server.adminUrl, 'CREATE DATABASE restored');
    const restoredUrl = withDatabase(server.adminUrl, 'restored');

    const result = await restoreDatabase({ databaseUrl: restoredUrl, file: backup.file });

    expect(await fingerprint(restoredUrl)).toEqual(before);
    expect(result.tables.find((t) => t.table === 'public.users')?.rows).toBe(2);
  }, 180_000);
});
