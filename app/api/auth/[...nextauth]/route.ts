// /api/auth/* – next-auth (credentials sign-in, sign-out, CSRF token). Options are built per
// request so that importing this module at build time needs no secret.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx) {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
