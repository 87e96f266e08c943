// Changing a library's name, globs, schedule or watch. The folder itself cannot change: a new
// folder is a new library (its files would all be different assets).
import { notFound } from '@/lib/server/errors';
import { findLibrary, updateLibrarySettings } from './libraries.queries';
import type { UpdateLibraryInput } from './libraries.schemas';

export async function updateLibrary(id: string, input: UpdateLibraryInput) {
  if (!(await findLibrary(id))) throw notFound('No such library.');
  return updateLibrarySettings(id, input);
}
