// Deletes one of the user's own API keys; someone else's answers not found, like a missing one.
import { notFound } from '@/lib/server/errors';
import { deleteOwnApiKey } from './api-keys.queries';

export async function deleteMyApiKey(userId: string, keyId: string): Promise<void> {
  if (!(await deleteOwnApiKey(userId, keyId))) throw notFound('No such API key.');
}
