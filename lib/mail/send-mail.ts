// Sends one rendered mail over SMTP with nodemailer (called by the mail:send task).
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/server/env';
import { log } from '@/lib/server/log';
import type { MailPayload } from './mail.schemas';
import { renderMail } from './render-mail';

let transport: Transporter | undefined;

function smtp(): Transporter {
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
  });
  return transport;
}

export async function sendMail(mail: MailPayload): Promise<void> {
  if (!env.SMTP_HOST) {
    log.warn({ to: mail.to, template: mail.template }, 'mail is off (no SMTP_HOST): not sent');
    return;
  }
  const { subject, text, html } = renderMail(mail);
  const info = await smtp().sendMail({ from: env.SMTP_FROM, to: mail.to, subject, text, html });
  log.info({ to: mail.to, template: mail.template, messageId: info.messageId }, 'mail sent');
}
