import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { findUserDto } from '@/lib/users/users.queries';
import type { CreateLibraryInput } from './libraries.schemas';
import { insertLibrary, listLibraryRoots, lockLibraryRoots } from './libraries.queries';
import { enqueueLibraryScan } from './request-library-scan';
import { validateLibraryRoot } from './validate-library-root';

/**
 * Creates the library and queues its first scan in the same transaction. Two admins adding the
 * same or nested folders at once must not both pass the overlap check: it runs again under a
 * lock, inside the transaction that inserts.
 */
export async function createLibrary(input: CreateLibraryInput) {
  await validateLibraryRoot(input.rootPath, await listLibraryRoots()); // quick answer, no lock
  const owner = await findUserDto(input.ownerId);
  if (!owner) throw new AppError('validation_failed', 'That owner does not exist.', { fieldErrors: { ownerId: ['Unknown user.'] } });
  return prisma().$transaction(async (tx) => {
    await lockLibraryRoots(tx);
    const rootPath = await validateLibraryRoot(input.rootPath, await listLibraryRoots(tx));
    const { rootPath: _requested, ...settings } = input;
    const library = await insertLibrary(tx, { ...settings, rootPath });
    await enqueueLibraryScan(tx, library.id, 'initial');
    return library;
  });
}
