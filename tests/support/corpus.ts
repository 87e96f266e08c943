// The shared real-media corpus every test tier reads: SHOEBOX_CORPUS_DIR, or ../shared/corpus
// beside the checkout (where CI puts it). Found from this file's place, not the working
// directory, so a test run from any folder reads the same files. Tests read the variable here:
// lib/server/env.ts is the running app's only reader of the environment.
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export const corpusDir = process.env.SHOEBOX_CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');

export function corpusPath(...parts: string[]): string {
  return path.join(corpusDir, ...parts);
}
