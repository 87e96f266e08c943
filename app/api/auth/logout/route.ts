// POST /api/auth/logout – end this session (cookie or token family) now; a replayed cookie gets 401.
import { revokeSession } from '@/lib/auth/auth.queries';
import { clearedSessionCookieHeader } from '@/lib/auth/session-cookie';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ user }) => {
  if (user.sessionId) await revokeSession(user.sessionId);
  return json({ ok: true }, 200, { 'set-cookie': clearedSessionCookieHeader() });
}, { changesSessions: true });
