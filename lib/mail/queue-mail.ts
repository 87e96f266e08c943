// Queues a mail:send job in the caller's transaction, so a mail goes out only if the row it
// talks about (invite, reset token) was committed. With mail off nothing is queued and the link
// is not logged either (it is a live token): the admin who made it has it on screen.
import type { Prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';
import { log } from '@/lib/server/log';
import { mailEnabled } from './mail-config';
import type { MailPayload } from './mail.schemas';

/** True when a mail was queued; false when mail is off. */
export async function queueMail(tx: Prisma.TransactionClient, mail: MailPayload): Promise<boolean> {
  if (!mailEnabled()) {
    log.warn({ template: mail.template }, 'mail is off (no SMTP_HOST): not mailed; the admin copies the link from Users');
    return false;
  }
  await enqueue(tx, 'mail:send', mail);
  return true;
}
