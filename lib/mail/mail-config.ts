// Mail is on when SMTP_HOST is set. Off, nothing breaks: links are shown to the admin in Users (never logged).
import { env } from '@/lib/server/env';

export const mailEnabled = (): boolean => Boolean(env.SMTP_HOST);
