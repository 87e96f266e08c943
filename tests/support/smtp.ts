// A real SMTP server on loopback (smtp-server) that parses what it receives (mailparser), for
// tests of mail that leaves through nodemailer exactly as in production.
import { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  port: number;
  messages: ParsedMail[];
  /** The link in the last mail to `to` whose path starts with `pathPrefix`. */
  linkIn(to: string, pathPrefix: string): URL;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free port) on loopback. */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const boundPort = (server.server.address() as AddressInfo).port;
  return {
    port: boundPort,
    messages,
    linkIn(to, pathPrefix) {
      const mail = messages.filter((m) => JSON.stringify(m.to).includes(to)).at(-1);
      if (!mail) throw new Error(`no mail to ${to}`);
      const links = String(mail.text).match(/https?:\/\/\S+/g) ?? [];
      const link = links.map((l) => new URL(l)).find((u) => u.pathname.startsWith(pathPrefix));
      if (!link) throw new Error(`no ${pathPrefix} link in mail to ${to}`);
      return link;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
