// POST /api/auth/forgot-password – mail a reset link (mail off: ask the admins); the same 202 whether or not the account exists.
import { resetRequestSchema } from '@/lib/auth/auth.schemas';
import { clientIp } from '@/lib/auth/client-ip';
import { requestPasswordReset } from '@/lib/auth/request-password-reset';
import { mailEnabled } from '@/lib/mail/mail-config';
import { json, parseJsonBody } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const POST = withPublic(async ({ req }) => {
  const { email } = await parseJsonBody(req, resetRequestSchema);
  await requestPasswordReset(email, clientIp(req.headers));
  const message = mailEnabled()
    ? 'If an account uses this address, a link to reset its password is on its way.'
    : 'This Shoebox sends no email. Ask an administrator for a reset link: if an account uses this address, they see your request under Users.';
  return json({ message }, 202);
});
