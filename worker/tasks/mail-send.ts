// mail:send — render a template and send it over SMTP; graphile-worker retries on failure.
import { sendMail } from '@/lib/mail/send-mail';
import { defineTask } from './define-task';

export default defineTask('mail:send', async (mail) => {
  await sendMail(mail);
});
