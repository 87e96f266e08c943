// The test SMTP server (tests/support/smtp.ts) on the end-to-end run's fixed port: the
// product (started by playwright.config.ts with SMTP_HOST/SMTP_PORT pointing here) sends its
// mail to it; specs wait for a mail and read its link.
import { expect } from '@playwright/test';
import { startSmtp } from '../../tests/support/smtp';

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2590);

export interface Mailbox {
  /** Waits for a mail to `to` whose text links to `pathPrefix`, and returns that link. */
  linkFor(to: string, pathPrefix: string, after?: number): Promise<URL>;
  count(): number;
  close(): Promise<void>;
}

export async function openMailbox(): Promise<Mailbox> {
  const smtp = await startSmtp(E2E_SMTP_PORT);
  const find = (to: string, pathPrefix: string, after: number) =>
    smtp.messages
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
    count: () => smtp.messages.length,
    close: () => smtp.close(),
  };
}
