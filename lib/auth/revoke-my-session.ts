// Ends one of the user's own sessions; someone else's, or an ended one, answers not found.
import { notFound } from '@/lib/server/errors';
import { revokeOwnSession } from './auth.queries';

export async function revokeMySession(userId: string, sessionId: string): Promise<void> {
  if (!(await revokeOwnSession(userId, sessionId))) throw notFound('No such session.');
}
