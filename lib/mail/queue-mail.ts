// Queues a mail:send job in the caller's transaction, so a mail goes out only if the row it
// talks about (invite, reset token) was committed. With mail off, logs the link instead.
import type { Prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/server/jobs';
import { log } from '@/lib/server/log';
import { mailEnabled } from './mail-config';
import type { MailPayload } from './mail.schemas';

/** True when a mail was queued; false when mail is off. */
export async function queueMail(tx: Prisma.TransactionClient, mail: MailPayload): Promise<boolean> {
  if (!mailEnabled()) {
    log.warn({ to: mail.to, template: mail.template, link: mail.data.url }, 'mail is off (no SMTP_HOST): link logged instead of mailed');
    return false;
  }
  await enqueue(tx, 'mail:send', mail);
  return true;
}
