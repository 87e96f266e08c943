// Ends one of the user's own sessions; someone else's, or an ended one, answers not found.
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import { revokeOwnSession } from './auth.queries';

export async function revokeMySession(actor: Actor, sessionId: string): Promise<void> {
  await requireAccess(actor, 'session.revoke', [sessionId]);
  if (!(await revokeOwnSession(actor.id, sessionId))) throw notFound('No such session.');
}
