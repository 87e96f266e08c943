// An admin makes a one-hour reset link for a user to hand over by hand (mail off, or a
// request waiting in Users). An unknown user answers not found.
import { createResetLink } from '@/lib/auth/request-password-reset';
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import { findUserDto } from './users.queries';

export async function createResetLinkForUser(admin: Actor, userId: string): Promise<{ url: string }> {
  await requireAccess(admin, 'user.manage', [userId]);
  const target = await findUserDto(userId);
  if (!target) throw notFound('No such user.');
  const { url } = await createResetLink(target.id);
  return { url };
}
