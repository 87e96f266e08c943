// A library root must be an absolute, existing, readable directory outside our own data dir,
// and must not overlap another library (the owner of a file is found by its root alone).
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/server/env';
import { AppError } from '@/lib/server/errors';

/** True when `child` is `parent` or lies below it, on a path-separator boundary. */
export function isInsideOrEqual(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function invalid(message: string): AppError {
  return new AppError('validation_failed', message, { fieldErrors: { rootPath: [message] } });
}

export async function validateLibraryRoot(rootPath: string, existingRoots: string[]): Promise<string> {
  if (!path.isAbsolute(rootPath)) throw invalid('The folder path must be absolute (start with /).');
  let real: string;
  try {
    real = await realpath(rootPath);
  } catch {
    throw invalid(`The folder ${rootPath} does not exist on the server.`);
  }
  if (!(await stat(real)).isDirectory()) throw invalid(`${rootPath} is a file, not a folder.`);
  try {
    await access(real, constants.R_OK | constants.X_OK);
  } catch {
    throw invalid(`Shoebox cannot read the folder ${rootPath} (permission denied).`);
  }
  const dataDir = await realpath(env.DATA_DIR).catch(() => env.DATA_DIR);
  if (isInsideOrEqual(dataDir, real) || isInsideOrEqual(real, dataDir)) {
    throw invalid('The folder overlaps Shoebox’s own data folder; choose a folder of photos outside it.');
  }
  const overlap = existingRoots.find((other) => isInsideOrEqual(other, real) || isInsideOrEqual(real, other));
  if (overlap) throw invalid(`The folder overlaps the library at ${overlap}; library folders cannot be nested.`);
  return real;
}
