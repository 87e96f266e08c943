// POST /api/auth/reset-password – set a new password with a reset token; ends every session of the user.
import { resetPasswordSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { resetPassword } from '@/lib/auth/reset-password';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const { token, password } = await parseJsonBody(req, resetPasswordSchema);
  await resetPassword(token, password, clientIp(req.headers));
  return json({ ok: true });
}, { changesSessions: true });
