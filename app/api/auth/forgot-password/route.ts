// POST /api/auth/forgot-password – mail a reset link; the same 202 whether or not the account exists.
import { resetRequestSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { requestPasswordReset } from '@/lib/auth/request-password-reset';
import { json, parseJsonBody, withPublic } from '@/lib/server/http';

export const POST = withPublic(async ({ req }) => {
  const { email } = await parseJsonBody(req, resetRequestSchema);
  await requestPasswordReset(email, clientIp(req.headers));
  return json({ message: 'If an account uses this address, a link to reset its password is on its way.' }, 202);
});
