// Server components' view of who is asking; pages redirect instead of answering 401.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { resolveSessionToken } from './resolve-session';
import { SESSION_COOKIE } from './session-cookie';
import type { SessionUser } from './auth.schemas';

export async function getPageUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return resolveSessionToken(jar.get(SESSION_COOKIE)?.value);
}

export async function requirePageUser(): Promise<SessionUser> {
  const user = await getPageUser();
  if (!user) redirect('/login');
  return user;
}

export async function requirePageAdmin(): Promise<SessionUser> {
  const user = await requirePageUser();
  if (user.role !== 'admin') redirect('/');
  return user;
}
