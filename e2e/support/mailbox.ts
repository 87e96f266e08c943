// A real SMTP server for the end-to-end run: the product (started by playwright.config.ts with
// SMTP_HOST/SMTP_PORT pointing here) sends its mail to it; specs read links out of it.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from '@playwright/test';

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2590);

export interface Mailbox {
  /** Waits for a mail to `to` whose text links to `pathPrefix`, and returns that link. */
  linkFor(to: string, pathPrefix: string, after?: number): Promise<URL>;
  count(): number;
  close(): Promise<void>;
}

export async function openMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(E2E_SMTP_PORT, '127.0.0.1', resolve));
  const find = (to: string, pathPrefix: string, after: number) =>
    messages
      .slice(after)
      .filter((m) => JSON.stringify(m.to).includes(to))
      .flatMap((m) => String(m.text).match(/https?:\/\/\S+/g) ?? [])
      .map((l) => new URL(l))
      .find((u) => u.pathname.startsWith(pathPrefix));
  return {
    async linkFor(to, pathPrefix, after = 0) {
      // The worker sends the mail: wait on the mailbox, not on a timer.
      await expect.poll(() => Boolean(find(to, pathPrefix, after)), { timeout: 60_000, intervals: [250] }).toBe(true);
      return find(to, pathPrefix, after)!;
    },
    count: () => messages.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
