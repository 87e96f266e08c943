// Mail is on when SMTP_HOST is set. Off, nothing breaks: links are shown to the admin and logged.
import { env } from '@/lib/server/env';

export const mailEnabled = (): boolean => Boolean(env.SMTP_HOST);
