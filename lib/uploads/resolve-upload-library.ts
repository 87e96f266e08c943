// The library a user's uploads land in: the one their setting names when it is still theirs,
// else their own upload library at DATA_DIR/uploads/<userId>, made (folder and row) the first
// time. Runs under the user's row lock (lockUploader), so parallel first uploads make one.
// The folder is inside the data dir, where an administrator may not add a library
// (validate-library-root.ts): Shoebox itself writes it, and nothing else can overlap it.
import { mkdir, realpath } from 'node:fs/promises';
import { lockLibraryRoots } from '@/lib/libraries/libraries.queries';
import type { Prisma } from '@/lib/server/db';
import { ownUploadRoot } from './upload-paths';
import { findLibraryByRoot, findUploadLibrary, insertUploadLibrary, saveUploadTarget } from './uploads.queries';

export type UploadLibrary = { id: string; name: string; ownerId: string; rootPath: string };

export async function resolveUploadLibrary(
  tx: Prisma.TransactionClient,
  user: { id: string; name: string },
  targetId: string | null,
): Promise<UploadLibrary> {
  if (targetId) {
    const chosen = await findUploadLibrary(tx, targetId);
    if (chosen && chosen.ownerId === user.id) return chosen;
  }
  return ownUploadLibrary(tx, user);
}

export async function ownUploadLibrary(tx: Prisma.TransactionClient, user: { id: string; name: string }): Promise<UploadLibrary> {
  await mkdir(ownUploadRoot(user.id), { recursive: true, mode: 0o750 });
  const rootPath = await realpath(ownUploadRoot(user.id));
  await lockLibraryRoots(tx);
  const library = (await findLibraryByRoot(tx, rootPath)) ?? (await insertUploadLibrary(tx, user.id, `Uploads (${user.name})`, rootPath));
  await saveUploadTarget(tx, user.id, library.id);
  return library;
}
