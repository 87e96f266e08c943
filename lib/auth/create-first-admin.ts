// Setup exists only while there is no user. Two simultaneous setups: the advisory lock makes
// the second one see the first admin and fail.
import { prisma } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { SetupInput } from './auth.schemas';
import { hashPassword } from './password';

const SETUP_LOCK = 7_301_955_002;

export async function createFirstAdmin(input: SetupInput): Promise<{ id: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  return prisma().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK}::bigint)`;
    if ((await tx.user.count()) > 0) {
      throw new AppError('conflict', 'Shoebox is already set up. Sign in instead.');
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: 'admin' },
      select: { id: true, email: true },
    });
    return user;
  });
}
