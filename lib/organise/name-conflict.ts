// A name is unique per owner whatever its case (the unique index people/studios/tags_owner_name_key):
// a create or rename onto a taken name answers 409 naming the one that has it. Parallel
// creates of one name race to the index; the losers land here too (never a 500).
import { isUniqueViolation } from '@/lib/server/database-errors';
import { AppError } from '@/lib/server/errors';
import { findEntityByName } from './organise.queries';
import { type EntityKind, KIND_WORDS } from './organise.schemas';

export async function withNameConflict<T>(kind: EntityKind, ownerId: string, name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (name === undefined || !isUniqueViolation(error)) throw error;
    const existing = await findEntityByName(kind, ownerId, name);
    throw new AppError('conflict', `You already have a ${KIND_WORDS[kind].one} named “${existing?.name ?? name}”.`, { existing });
  }
}
