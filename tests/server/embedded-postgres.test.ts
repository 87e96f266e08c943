// The zero-config database: a PostgreSQL left running by a start script that was killed with
// -9 must not block the next start — it is stopped, and the new server answers on the same
// data. (Runs its own throwaway clusters; the test database from the setup is not used.)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/server/embedded-db';
import { freePort } from '../support/free-port';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('takes over from a server orphaned by a killed start script, keeping the data', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-orphan-'));
    dirs.push(dir);
    const port = await freePort();
    const options = { dataDir: path.join(dir, 'cluster'), port, database: 'shoebox', ephemeral: true };
    const first = await startEmbeddedPostgres(options);
    await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    // The start script dies without stopping its server: `first` is simply abandoned.
    const second = await startEmbeddedPostgres(options);
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
    // Nothing answers once the second server is stopped: the orphan is gone too.
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();
  }, 120_000);
});
