// HSTS only when people reach us over https (PUBLIC_URL): on a plain-http install it would
// lock browsers out. Read at runtime, unlike next.config.mjs headers, which are fixed at build.
import { env } from './env';

export const hstsHeader: string | null = env.PUBLIC_URL.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null;
