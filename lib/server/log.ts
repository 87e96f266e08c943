// One pino logger for web, worker and scripts. Pretty output is a synchronous stream rather
// than a transport: transports run in worker threads that bundlers cannot follow.
// Logs never carry a token, password, cookie or key: the fields that could hold one are
// censored wherever they appear (a backstop; callers log ids, not secrets).
import pino from 'pino';
import pretty from 'pino-pretty';
import { env } from './env';
import { currentRequestId } from './request-context';

/** Field names that may hold a secret, wherever they appear (also used to mask stored job payloads on screen). */
export const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'url',
  'link',
  'authorization',
  'cookie',
  'payload',
];

export const redactPaths = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

const stream = env.LOG_FORMAT === 'pretty' ? pretty({ sync: true, colorize: true, ignore: 'pid,hostname' }) : undefined;

export const log = pino(
  {
    level: env.LOG_LEVEL,
    base: { pid: process.pid },
    redact: { paths: redactPaths, censor: '[redacted]' },
    // Every line written while handling a request, or running a job a request queued, names it.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  },
  stream ?? pino.destination({ sync: false }),
);

/** A request path as it may be logged: a shared link's token (`/s/<token>`, `/api/s/<token>`)
 * is a bearer secret in the address, so it is replaced by `[token]`. */
export function loggablePath(pathname: string): string {
  return pathname.replace(/^(\/api)?\/s\/[^/]+/, '$1/s/[token]');
}
