// Deletes one of the user's own API keys; someone else's answers not found, like a missing one.
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import { deleteOwnApiKey } from './api-keys.queries';

export async function deleteMyApiKey(actor: Actor, keyId: string): Promise<void> {
  await requireAccess(actor, 'apiKey.delete', [keyId]);
  if (!(await deleteOwnApiKey(actor.id, keyId))) throw notFound('No such API key.');
}
