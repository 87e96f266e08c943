// The SQL of library sharing: who a library is shared with, what is shared with a user.
// lib/access has already said the actor may manage the library.
import { prisma } from '@/lib/server/db';

const person = { select: { id: true, name: true } } as const;

export function listMembersOf(libraryId: string) {
  return prisma().libraryMember.findMany({ where: { libraryId }, orderBy: { createdAt: 'asc' }, select: { user: person, createdAt: true } });
}

/** The library's owner and whether the user may be added (exists, not disabled). */
export async function findShareTarget(libraryId: string, userId: string) {
  const [library, user] = await Promise.all([
    prisma().library.findUnique({ where: { id: libraryId }, select: { ownerId: true } }),
    prisma().user.findUnique({ where: { id: userId }, select: { id: true, disabledAt: true } }),
  ]);
  return { ownerId: library?.ownerId ?? null, user };
}

/** Adds a member; adding one twice changes nothing. */
export async function insertMember(libraryId: string, userId: string): Promise<void> {
  await prisma().$executeRaw`
    INSERT INTO library_members (library_id, user_id) VALUES (${libraryId}::uuid, ${userId}::uuid) ON CONFLICT DO NOTHING`;
}

export async function deleteMember(libraryId: string, userId: string): Promise<boolean> {
  const { count } = await prisma().libraryMember.deleteMany({ where: { libraryId, userId } });
  return count > 0;
}

/** The user's own libraries with their members, and the libraries shared with them. */
export async function listLibrariesOfUser(userId: string) {
  const [own, shared] = await Promise.all([
    prisma().library.findMany({
      where: { ownerId: userId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, members: { orderBy: { createdAt: 'asc' }, select: { user: person } } },
    }),
    prisma().libraryMember.findMany({
      where: { userId },
      orderBy: { library: { name: 'asc' } },
      select: { library: { select: { id: true, name: true, owner: person } } },
    }),
  ]);
  return { own, shared };
}
