// The SQL of an album's members. lib/access has already said the actor may read or manage the
// album; these only read and write its rows.
import { prisma } from '@/lib/server/db';
import type { AlbumRole } from '@/lib/server/generated/prisma/enums';

const person = { select: { id: true, name: true } } as const;

/** The album's title and owner, and its members in the order they were invited. */
export function findAlbumWithMembers(albumId: string) {
  return prisma().album.findUnique({
    where: { id: albumId },
    select: {
      id: true,
      title: true,
      owner: person,
      members: { orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }], select: { role: true, createdAt: true, user: person } },
    },
  });
}

/** The album's owner, and whether the user may be invited (exists, not disabled). */
export async function findInviteTarget(albumId: string, userId: string) {
  const [album, user] = await Promise.all([
    prisma().album.findUnique({ where: { id: albumId }, select: { ownerId: true } }),
    prisma().user.findUnique({ where: { id: userId }, select: { id: true, disabledAt: true } }),
  ]);
  return { ownerId: album?.ownerId ?? null, user };
}

/** Adds a member; inviting someone who is already one changes nothing (their role stays), also
 * when two invitations race: the primary key keeps one row and ON CONFLICT makes the other a no-op. */
export async function insertAlbumMember(albumId: string, userId: string, role: AlbumRole): Promise<void> {
  await prisma().$executeRaw`
    INSERT INTO album_members (album_id, user_id, role) VALUES (${albumId}::uuid, ${userId}::uuid, ${role}::"AlbumRole")
    ON CONFLICT (album_id, user_id) DO NOTHING`;
}

export async function updateAlbumMemberRole(albumId: string, userId: string, role: AlbumRole): Promise<boolean> {
  const { count } = await prisma().albumMember.updateMany({ where: { albumId, userId }, data: { role } });
  return count > 0;
}

export async function deleteAlbumMember(albumId: string, userId: string): Promise<boolean> {
  const { count } = await prisma().albumMember.deleteMany({ where: { albumId, userId } });
  return count > 0;
}
