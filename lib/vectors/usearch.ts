// usearch, loaded through its CommonJS build. Its ES module build finds its native binary by
// walking a stack trace ('bindings'), which fails under tsx (the worker, scripts) and vitest;
// the CommonJS build uses __dirname. The require is made from the app's folder (the process's
// working directory: npm start, the worker, tests), else from this module; Next keeps usearch
// external (next.config serverExternalPackages).
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Usearch from 'usearch';

function loadUsearch(): typeof Usearch {
  try {
    return createRequire(path.join(process.cwd(), 'package.json'))('usearch') as typeof Usearch;
  } catch {
    return createRequire(import.meta.url)('usearch') as typeof Usearch;
  }
}

export const usearch = loadUsearch();
export type UsearchIndex = Usearch.Index;
