// GET /api/me/sessions – my live sessions (browsers and token clients) with device, IP, last seen.
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json({ sessions: await listMySessions(user) }));
