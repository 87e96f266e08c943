// Where the shared real-media corpus lives, for tests only (CI has shared/ beside the checkout).
// Tests read SHOEBOX_CORPUS_DIR directly: lib/server/env.ts is the running app's reader.
import path from 'node:path';

export const corpusDir = process.env.SHOEBOX_CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpus');

export function corpusPath(...parts: string[]): string {
  return path.join(corpusDir, ...parts);
}
