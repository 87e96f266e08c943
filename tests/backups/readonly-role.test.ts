// shoebox_readonly, for dashboards and database tools: once READONLY_DB_PASSWORD is applied
// (the migration run at start does it), it logs in, reads the library's tables, and cannot
// write, create, or read secrets (password hashes, tokens, sessions, API keys).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/lib/server/migrations';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';

const PASSWORD = "it's a 'quoted' pass; --";
let readonly: pg.Client;

beforeAll(async () => {
  const owner = await createUser();
  const library = await libraryOwner(owner.id);
  for (const day of ['01', '02', '03']) await createAsset(library, { local: `2026-11-${day} 12:00:00` });
  await migrateDatabase(process.env.DATABASE_URL!, { readonlyPassword: PASSWORD });
  const url = new URL(process.env.DATABASE_URL!);
  url.username = 'shoebox_readonly';
  // In the URL: pg lets the connection string's (absent) password override a separate one, and
  // the embedded PostgreSQL asks for it (scram), where the CI's PostgreSQL 15 trusts loopback.
  url.password = encodeURIComponent(PASSWORD);
  readonly = new pg.Client({ connectionString: url.toString() });
  await readonly.connect();
});

afterAll(() => readonly?.end());

const denied = (sql: string) => expect(readonly.query(sql), sql).rejects.toMatchObject({ code: '42501' });

describe('the read-only database role', () => {
  it('logs in and reads assets and users (without their password hashes)', async () => {
    const { rows } = await readonly.query('SELECT count(*)::int AS n FROM assets');
    expect(rows[0].n).toBe(3);
    const users = await readonly.query('SELECT id, email, name, role FROM users');
    expect(users.rows).toHaveLength(1);
  });

  it('cannot insert, update, delete or create a table', async () => {
    await denied("INSERT INTO tags (owner_id, name) SELECT id, 'x' FROM users");
    await denied("UPDATE assets SET title = 'changed'");
    await denied('DELETE FROM assets');
    await denied('TRUNCATE assets');
    await denied('CREATE TABLE sneaky (id int)');
  });

  it('cannot read secrets: password hashes, sessions, tokens, API keys, invites', async () => {
    await denied('SELECT password_hash FROM users');
    await denied('SELECT * FROM users');
    for (const table of ['sessions', 'refresh_tokens', 'access_tokens', 'api_keys', 'invites', 'password_reset_tokens']) {
      await denied(`SELECT * FROM ${table}`);
    }
  });

  it('reads a table created after the grants (default privileges)', async () => {
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    try {
      await owner.query('CREATE TABLE later_table (id int); INSERT INTO later_table VALUES (7)');
    } finally {
      await owner.end();
    }
    const { rows } = await readonly.query('SELECT id FROM later_table');
    expect(rows).toEqual([{ id: 7 }]);
  });
});
