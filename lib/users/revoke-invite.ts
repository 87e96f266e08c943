// Revokes a pending invite; a used, expired-and-gone or unknown one answers not found.
import { notFound } from '@/lib/server/errors';
import { deletePendingInvite } from './users.queries';

export async function revokeInvite(id: string): Promise<void> {
  if (!(await deletePendingInvite(id))) throw notFound('No such invite.');
}
