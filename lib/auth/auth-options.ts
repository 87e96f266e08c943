// next-auth (credentials provider, JWT strategy). The JWT only carries the id of a server-side
// session row, created at each login, so a new id per login and revocation that takes effect
// immediately (see resolve-session.ts).
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { log } from '@/lib/server/log';
import { createSession, findUserByEmail, revokeSession } from './auth.queries';
import { credentialsSchema } from './auth.schemas';
import { authSecret } from './auth-secret';
import { verifyPassword } from './password';
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, secureCookies } from './session-cookie';

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies },
      },
    },
    pages: { signIn: '/login' },
    providers: [
      Credentials({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await findUserByEmail(parsed.data.email);
          const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
          if (!user || !ok || user.disabledAt) return null;
          const headers = req?.headers as HeaderBag;
          const session = await createSession(user.id, {
            userAgent: header(headers, 'user-agent'),
            ip: header(headers, 'x-forwarded-for')?.split(',')[0]?.trim(),
          });
          log.info({ userId: user.id, sessionId: session.id }, 'login');
          return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const sessionId = (user as { sessionId?: string } | undefined)?.sessionId;
        return sessionId ? { sub: user.id, sid: sessionId } : token;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await revokeSession(token.sid);
      },
    },
  };
}
