// Puts a finished upload into its library: <root>/<YYYY>/<MM>/<name>, written once. The name is
// claimed with link(2), which fails instead of replacing an existing file, so two uploads of
// "IMG_0001.JPG" in the same month become "IMG_0001.JPG" and "IMG_0001 (2).JPG" even at the
// same moment. A library on another file system gets an exclusive copy instead of a link.
import { constants } from 'node:fs';
import { copyFile, link, mkdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { datedFolder, numberedName } from './upload-paths';

const MAX_TRIES = 1000;

export interface PlacedFile {
  relPath: string;
  size: number;
  mtime: Date;
}

export async function placeUploadFile(partialPath: string, root: string, fileName: string, now = new Date()): Promise<PlacedFile> {
  const folder = datedFolder(now);
  await mkdir(path.join(root, folder), { recursive: true });
  for (let n = 1; n <= MAX_TRIES; n += 1) {
    const relPath = path.join(folder, numberedName(fileName, n));
    const target = path.join(root, relPath);
    try {
      await claim(partialPath, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    await unlink(partialPath).catch(() => undefined);
    const info = await stat(target);
    // Milliseconds, as the scan compares them: the next scan sees this file as unchanged.
    return { relPath, size: info.size, mtime: new Date(Math.floor(info.mtimeMs)) };
  }
  throw new Error(`No free name for ${fileName} in ${folder}`);
}

async function claim(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Takes a placed file back out (its asset row could not be written). */
export async function removePlacedFile(root: string, relPath: string): Promise<void> {
  await unlink(path.join(root, relPath)).catch(() => undefined);
}
