// Setup exists only while there is no user. Two simultaneous setups: the second one sees the
// first admin (under a lock, in users.queries) and fails.
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { insertFirstAdmin } from '@/lib/users/users.queries';
import type { SetupInput } from './auth.schemas';
import { hashPassword } from './password';

export async function createFirstAdmin(input: SetupInput): Promise<{ id: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  const user = await prisma().$transaction((tx) => insertFirstAdmin(tx, { email: input.email, name: input.name, passwordHash }));
  if (!user) throw new AppError('conflict', 'Shoebox is already set up. Sign in instead.');
  return user;
}
