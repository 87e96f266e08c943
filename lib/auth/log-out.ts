// Logging out ends the session row, so a copy of the cookie is refused from now on. A key or
// token caller has no browser session to end. The route clears the cookie and, declared with
// `changesSessions`, has this process forget its checked sessions.
import { revokeSession } from './auth.queries';
import type { SessionUser } from './auth.schemas';

export async function logOut(user: SessionUser): Promise<void> {
  if (user.sessionId) await revokeSession(user.sessionId);
}
