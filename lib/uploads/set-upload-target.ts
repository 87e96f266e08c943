// Where my uploads go: one of my own libraries, or (null) my own upload library under the data
// dir. Someone else's library is a 404, the same as a missing one.
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { ownUploadLibrary } from './resolve-upload-library';
import { findUploadLibrary, lockUploader, saveUploadTarget } from './uploads.queries';

export async function setUploadTarget(user: SessionUser, libraryId: string | null): Promise<{ libraryId: string; name: string }> {
  return prisma().$transaction(async (tx) => {
    await lockUploader(tx, user.id);
    if (libraryId === null) {
      const own = await ownUploadLibrary(tx, user);
      return { libraryId: own.id, name: own.name };
    }
    const library = await findUploadLibrary(tx, libraryId);
    if (!library || library.ownerId !== user.id) throw notFound('No such library.');
    await saveUploadTarget(tx, user.id, library.id);
    return { libraryId: library.id, name: library.name };
  });
}
