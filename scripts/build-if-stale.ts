// `npm start` builds the app only when the sources changed since the last build: a hash of
// every input file is stored beside the build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const INPUT_DIRS = ['app', 'components', 'lib', 'public'];
const INPUT_FILES = ['next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const STAMP = path.join('.next', 'shoebox-build-hash');

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

async function sourceHash(): Promise<string> {
  const files = [...(await Promise.all(INPUT_DIRS.map(listFiles))).flat(), ...INPUT_FILES.filter(existsSync)].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

export async function buildIfStale(env: NodeJS.ProcessEnv, onSpawn: (pid: number) => void): Promise<void> {
  const hash = await sourceHash();
  const current = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && (await readFile(STAMP, 'utf8')) === hash;
  if (current) return;
  console.log('Building the web app (first start, or the sources changed)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
    if (child.pid) onSpawn(child.pid);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
  await writeFile(STAMP, hash);
}
