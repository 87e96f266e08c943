// /albums/[id]: one album I own or am a member of (another user's album is a 404); the client
// takes over for its items, selection and edits.
import { notFound } from 'next/navigation';
import { AlbumPage } from '@/components/albums/AlbumPage';
import { TopBar } from '@/components/TopBar';
import { getAlbum } from '@/lib/albums/get-album';
import { listAlbumItems } from '@/lib/albums/list-album-items';
import { requirePageUser } from '@/lib/auth/page-user';
import { AppError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

export default async function AlbumRoute({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const album = await getAlbum(user, id.toLowerCase()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!album) notFound();
  const firstPage = await listAlbumItems(user, album.id, { offset: 0, limit: 500 });
  return (
    <>
      <TopBar user={user} />
      <main>
        <AlbumPage key={album.id} initial={album} firstPage={firstPage} currentUserId={user.id} />
      </main>
    </>
  );
}
