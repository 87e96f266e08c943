// POST /api/auth/logout – end this session (cookie or token family) now; a replayed cookie gets 401.
import { logOut } from '@/lib/auth/log-out';
import { clearedSessionCookieHeader } from '@/lib/auth/session-cookie';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ user }) => {
  await logOut(user);
  return json({ ok: true }, 200, { 'set-cookie': clearedSessionCookieHeader() });
}, { changesSessions: true });
