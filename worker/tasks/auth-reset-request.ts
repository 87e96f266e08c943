// auth:reset-request — look the address up and, for a real account, make a reset link and
// queue its mail. Off the request path so the answer does not reveal whether the account exists.
import { sendPasswordResetLink } from '@/lib/auth/request-password-reset';
import { defineTask } from './define-task';

export default defineTask('auth:reset-request', async ({ email }) => {
  await sendPasswordResetLink(email);
});
