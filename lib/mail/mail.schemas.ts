// What a mail:send job carries: a template name, the recipient and the template's data. The
// worker renders it, so a template fix applies to mail still queued.
import { z } from 'zod';

export const mailPayloadSchema = z.discriminatedUnion('template', [
  z.object({
    template: z.literal('invite'),
    to: z.email(),
    data: z.object({ url: z.url(), inviterName: z.string(), expiresAt: z.iso.datetime() }),
  }),
  z.object({
    template: z.literal('password-reset'),
    to: z.email(),
    data: z.object({ url: z.url(), name: z.string() }),
  }),
]);
export type MailPayload = z.infer<typeof mailPayloadSchema>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
