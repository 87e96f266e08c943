// next-auth (credentials provider, JWT strategy). The JWT only carries the id of a server-side
// session row, created at each login, so a new id per login and revocation that takes effect
// immediately (see resolve-session.ts).
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { revokeSession } from './auth.queries';
import { credentialsSchema } from './auth.schemas';
import { authSecret } from './auth-secret';
import { clientIp } from './client-ip';
import { loginWithPassword } from './login-with-password';
import { DEVICE_COOKIE, readCookie, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, secureCookies } from './session-cookie';

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
          const headers = new Headers(Object.entries((req?.headers ?? {}) as Record<string, string>));
          // Same checks (rate limits, rehash, new session row) as POST /api/auth/login.
          const result = await loginWithPassword(parsed.data.email, parsed.data.password, {
            ip: clientIp(headers),
            userAgent: headers.get('user-agent') ?? undefined,
            deviceCookie: readCookie(headers.get('cookie'), DEVICE_COOKIE),
          }, 'browser').catch(() => null);
          if (!result) return null;
          return { id: result.user.id, email: result.user.email, name: result.user.name, sessionId: result.sessionId };
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
