// usearch, loaded through its CommonJS build. Its ES module build finds its native binary by
// walking a stack trace ('bindings'), which fails under tsx (the worker, scripts) and vitest;
// the CommonJS build uses __dirname. The require is made from the app's folder (the process's
// working directory), out of bundlers' sight: Next keeps usearch external (next.config).
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Usearch from 'usearch';

const load = createRequire(path.join(process.cwd(), 'package.json'));

export const usearch = load('usearch') as typeof Usearch;
export type UsearchIndex = Usearch.Index;
