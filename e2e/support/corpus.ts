// The shared media corpus (../shared/corpus beside the checkout, or SHOEBOX_CORPUS_DIR).
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const corpusDir = process.env.SHOEBOX_CORPUS_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'corpus');

/** A private copy of corpus/photos, as a user's own folder: outside our data dir. */
export async function copyCorpusPhotos(): Promise<string> {
  const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-library-')), 'photos');
  await cp(path.join(corpusDir, 'photos'), target, { recursive: true });
  return target;
}
