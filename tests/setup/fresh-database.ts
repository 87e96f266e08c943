// Before each test file: a fresh database cloned from the migrated template, and a fresh
// data folder. process.env is set before any app module is imported (app modules read their
// configuration once, at import).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { quoteIdent, withDatabase } from './database-names';

const adminUrl = inject('databaseAdminUrl');
const template = inject('templateDatabase');
const database = `${template}_${randomBytes(5).toString('hex')}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-test-data-'));

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Two files cloning the same template at the same moment can briefly collide; retry.
for (let attempt = 0; ; attempt++) {
  try {
    await admin(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`);
    break;
  } catch (error) {
    if (attempt >= 20 || !String((error as Error).message).includes('being accessed')) throw error;
    await new Promise((r) => setTimeout(r, 100 + attempt * 50));
  }
}

process.env.DATABASE_URL = withDatabase(adminUrl, database);
process.env.DATA_DIR = dataDir;
process.env.AUTH_SECRET = 'test-secret-that-is-long-enough-to-seal-cookies-0123456789';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';
process.env.LOG_FORMAT = 'json';
process.env.PUBLIC_URL = 'http://localhost:3000';

afterAll(async () => {
  const { disconnectPrisma } = await import('../../lib/server/db');
  await disconnectPrisma();
  await admin(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
});
