// Revokes a pending invite; a used, expired-and-gone or unknown one answers not found.
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import { deletePendingInvite } from './users.queries';

export async function revokeInvite(admin: Actor, id: string): Promise<void> {
  await requireAccess(admin, 'invite.revoke', [id]);
  if (!(await deletePendingInvite(id))) throw notFound('No such invite.');
}
