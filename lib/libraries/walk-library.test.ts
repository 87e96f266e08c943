// The walk as the scan relies on it: each folder comes once, with all its files together, and
// every file of the tree comes exactly once — through nested folders, a symlink loop, a symlink
// to a folder only it reaches, and past what it must skip. Reading a folder through the thread
// pool (a slow disk) gives what reading it directly gives.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLibraryFolder } from './read-library-folder';
import { type WalkedFolder, walkLibrary } from './walk-library';
import { WalkPace } from './walk-pace';

let root: string;
const FILES = [
  'a.jpg',
  'b.mov',
  'notes.txt', // no media: not yielded
  'scan.psd', // unsupported format: named for the report
  'film.nfo',
  '.hidden.jpg',
  '.hid/x.jpg', // inside a hidden folder, but also reached through link-in (below)
  '2019/c.jpg',
  '2019/d.HEIC',
  '2019/deeper/e.jpg',
  '2019/deeper/f g.jpg',
  ...Array.from({ length: 300 }, (_, i) => `many/IMG_${i}.jpg`),
];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-walk-'));
  const outside = await mkdtemp(path.join(os.tmpdir(), 'shoebox-walk-outside-'));
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), 'x');
  }
  await writeFile(path.join(outside, 'secret.jpg'), 'x');
  await symlink(path.join(root, '2019'), path.join(root, '2019/deeper/loop')); // back to an ancestor
  await symlink(path.join(root, '.hid'), path.join(root, 'link-in'));
  await symlink(path.join(root, 'a.jpg'), path.join(root, 'also-a.jpg'));
  await symlink(outside, path.join(root, 'out'));
  await symlink(path.join(outside, 'secret.jpg'), path.join(root, 'secret.jpg'));
});

async function walk(): Promise<WalkedFolder[]> {
  const folders: WalkedFolder[] = [];
  for await (const folder of walkLibrary(root)) folders.push(folder);
  return folders;
}

describe('walkLibrary', () => {
  it('yields every file once, each folder once with all its files, and skips what it must', async () => {
    const folders = await walk();
    const relPaths = folders.flatMap((f) => f.entries.map((e) => e.relPath));
    expect([...relPaths].sort()).toEqual(
      [
        'a.jpg',
        'also-a.jpg',
        'b.mov',
        'scan.psd',
        'film.nfo',
        'link-in/x.jpg',
        '2019/c.jpg',
        '2019/d.HEIC',
        '2019/deeper/e.jpg',
        '2019/deeper/f g.jpg',
        ...Array.from({ length: 300 }, (_, i) => `many/IMG_${i}.jpg`),
      ].sort(),
    );
    expect(folders.map((f) => f.relDir).sort()).toEqual(['', '2019/', '2019/deeper/', 'link-in/', 'many/']);
    for (const folder of folders) {
      for (const entry of folder.entries) expect(path.dirname(entry.relPath) + '/').toBe(folder.relDir || './');
    }
  });

  it('gives each photo and video its name, size and modification time, and the rest their kind', async () => {
    const entries = (await walk()).flatMap((f) => f.entries);
    expect(entries.find((e) => e.relPath === '2019/deeper/f g.jpg')).toEqual({
      relPath: '2019/deeper/f g.jpg',
      name: 'f g.jpg',
      type: 'photo',
      size: 1,
      mtimeMs: expect.any(Number),
      motion: null,
    });
    expect(entries.find((e) => e.relPath === 'b.mov')?.type).toBe('video');
    expect(entries.find((e) => e.relPath === 'scan.psd')).toEqual({ relPath: 'scan.psd', type: 'unsupported' });
    expect(entries.find((e) => e.relPath === 'film.nfo')).toMatchObject({ type: 'nfo', size: 1 });
  });
});

describe('readLibraryFolder', () => {
  it('lists a folder the same through the thread pool as directly', async () => {
    for (const [dir, relDir] of [
      [root, ''],
      [path.join(root, 'many'), 'many/'],
      [path.join(root, 'link-in'), 'link-in/'],
    ]) {
      const pooled = new WalkPace();
      pooled.direct = false;
      expect(await readLibraryFolder(root, dir, relDir, pooled)).toEqual(await readLibraryFolder(root, dir, relDir, new WalkPace()));
    }
    expect(await readLibraryFolder(root, path.join(root, 'nope'), 'nope/', new WalkPace())).toBeNull();
  });
});
