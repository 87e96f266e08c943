// The signed-in user's live sessions (browsers and token clients), the one they are using marked.
import type { SessionUser } from './auth.schemas';
import { listLiveSessions } from './auth.queries';

export async function listMySessions(me: SessionUser) {
  const sessions = await listLiveSessions(me.id);
  return sessions.map((s) => ({ ...s, current: s.id === me.sessionId }));
}
