// Once per test run: a PostgreSQL server (embedded in a temp folder, or the one at
// DATABASE_URL) and a template database with every migration applied. Each test file then
// clones the template (tests/setup/fresh-database.ts), which takes milliseconds.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../lib/server/embedded-db';
import { migrateDatabase } from '../../lib/server/migrations';
import { quoteIdent, withDatabase } from './database-names';
import { freePort } from '../support/free-port';


async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-test-pg-'));
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'cluster'),
      port: await freePort(),
      database: 'postgres',
      ephemeral: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const version = await adminQuery(adminUrl, 'SHOW server_version');
  console.log(`[tests] PostgreSQL ${version.rows[0].server_version} (${embedded ? 'embedded' : 'DATABASE_URL'})`);

  const template = `shoebox_test_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(template)}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(template)}`);
  await migrateDatabase(withDatabase(adminUrl, template));

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const { rows } = await adminQuery(adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE '${template}%'`);
    for (const { datname } of rows) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`).catch(() => undefined);
    }
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
