// A rescan compares each folder the walk reads with the files the database knows in it, which
// PostgreSQL sends packed as text (lib/libraries/known-files.queries.ts): names that must be
// escaped or hold spaces, dates before 1970, a folder that went, a file that went from a folder
// that stayed, and both coming back.
import { mkdir, mkdtemp, rename, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { createLibraryRow } from '../support/library-folder';

// Scans only compare names, sizes and dates: the files need not be real photos (nothing ingests them here).
async function libraryWith(files: string[]) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-rescan-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), 'x');
  }
  const owner = await createUser();
  return { root, libraryId: (await createLibraryRow(owner.id, root)).id };
}

const statuses = async (libraryId: string) =>
  Object.fromEntries((await prisma().asset.findMany({ where: { libraryId } })).map((a) => [a.relPath, a.status]));

describe('a rescan', () => {
  it('finds every known file unchanged, whatever its name, folder or date', async () => {
    const files = [
      'plain.jpg',
      'with space.jpg',
      'back\\slash.jpg',
      'two\\\\n.jpg',
      'new\nline.jpg',
      'tab\there.jpg',
      'ünïcödé 📷.jpg',
      '2019/deep er/still/a.jpg',
      'odd\\dir/new\nline dir/n\\n.jpg',
      'old/1960.jpg',
    ];
    const { root, libraryId } = await libraryWith(files);
    const before1970 = new Date('1960-05-01T10:00:00.123Z');
    await utimes(path.join(root, 'old/1960.jpg'), before1970, before1970);
    expect(await scanLibrary(libraryId)).toMatchObject({ seen: files.length, added: files.length });
    expect(await scanLibrary(libraryId)).toMatchObject({ seen: files.length, added: 0, changed: 0, offline: 0, restored: 0, queued: 0 });
  });

  it('marks the files of a folder that went offline, and a file gone from a folder that stayed; both come back', async () => {
    const { root, libraryId } = await libraryWith(['keep/a.jpg', 'keep/b.jpg', 'gone/c.jpg', 'gone/sub/d.jpg']);
    await scanLibrary(libraryId);
    const away = await mkdtemp(path.join(os.tmpdir(), 'shoebox-rescan-away-'));
    await rename(path.join(root, 'gone'), path.join(away, 'gone'));
    await rename(path.join(root, 'keep/b.jpg'), path.join(away, 'b.jpg'));
    expect(await scanLibrary(libraryId)).toMatchObject({ seen: 1, added: 0, changed: 0, offline: 3 });
    expect(await statuses(libraryId)).toEqual({ 'keep/a.jpg': 'online', 'keep/b.jpg': 'offline', 'gone/c.jpg': 'offline', 'gone/sub/d.jpg': 'offline' });

    await rename(path.join(away, 'gone'), path.join(root, 'gone'));
    await rename(path.join(away, 'b.jpg'), path.join(root, 'keep/b.jpg'));
    expect(await scanLibrary(libraryId)).toMatchObject({ seen: 4, added: 0, changed: 0, offline: 0, restored: 3 });
    expect(Object.values(await statuses(libraryId))).toEqual(['online', 'online', 'online', 'online']);
  });
});
