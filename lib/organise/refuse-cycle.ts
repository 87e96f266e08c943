// A studio's parent and a tag's parents must not lie below it (nor be it): the hierarchy stays
// a tree / DAG, so "a tag with its descendants" always ends. Asked inside the edit's
// transaction, under the owner's hierarchy lock.
import type { Prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { selectSelfOrDescendants } from './organise.queries';

export async function refuseCycle(tx: Prisma.TransactionClient, kind: 'studio' | 'tag', id: string, parentIds: string[]): Promise<void> {
  if (parentIds.length === 0) return;
  const looping = await selectSelfOrDescendants(tx, kind, id, parentIds);
  if (looping.length > 0) {
    const field = kind === 'tag' ? 'parentIds' : 'parentId';
    const message = kind === 'tag' ? 'A tag cannot have itself or one of its own sub-tags as a parent.' : 'A studio cannot be inside itself or one of its own sub-studios.';
    throw new AppError('validation_failed', message, { formErrors: [], fieldErrors: { [field]: [message] }, looping });
  }
}
