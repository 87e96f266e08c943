// POST /api/me/password – change my password (current one required), optionally ending my other sessions and revoking my API keys.
import { changePassword } from '@/lib/users/change-password';
import { changePasswordSchema } from '@/lib/users/users.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ req, user }) => {
  const input = await parseJsonBody(req, changePasswordSchema);
  return json(await changePassword(user, input));
}, { changesSessions: true });
