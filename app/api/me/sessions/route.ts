// GET /api/me/sessions – my live sessions (browsers and token clients) with device, IP, last seen.
import { listLiveSessions } from '@/lib/auth/auth.queries';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => {
  const sessions = await listLiveSessions(user.id);
  return json({ sessions: sessions.map((s) => ({ ...s, current: s.id === user.sessionId })) });
});
