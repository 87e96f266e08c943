// Copies of the shared media corpus (its place is in tests/support/corpus.ts) as users' folders.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpusDir } from '../../tests/support/corpus';

export { corpusDir };

/** A private copy of corpus/photos, as a user's own folder: outside our data dir. */
export async function copyCorpusPhotos(): Promise<string> {
  const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-library-')), 'photos');
  await cp(path.join(corpusDir, 'photos'), target, { recursive: true });
  return target;
}

/** Files a real folder also holds: an empty file, text with an image name, a cut-off JPEG. */
export async function addBrokenFiles(library: string): Promise<string[]> {
  const dir = path.join(library, 'broken');
  await mkdir(dir);
  const jpeg = await readFile(path.join(corpusDir, 'photos', 'orientation', 'Landscape_1.jpg'));
  await writeFile(path.join(dir, 'empty.jpg'), '');
  await writeFile(path.join(dir, 'not-a-photo.png'), 'Meeting notes, saved with the wrong name.');
  await writeFile(path.join(dir, 'half.jpg'), jpeg.subarray(0, jpeg.length / 2));
  return ['broken/empty.jpg', 'broken/half.jpg', 'broken/not-a-photo.png'];
}
