// One pino logger for web, worker and scripts. Pretty output is a synchronous stream rather
// than a transport: transports run in worker threads that bundlers cannot follow.
import pino from 'pino';
import pretty from 'pino-pretty';
import { env } from './env';

const stream = env.LOG_FORMAT === 'pretty' ? pretty({ sync: true, colorize: true, ignore: 'pid,hostname' }) : undefined;

export const log = pino({ level: env.LOG_LEVEL, base: { pid: process.pid } }, stream ?? pino.destination({ sync: false }));
