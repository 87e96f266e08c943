// /albums: my albums and the albums shared with me, newest change first, and "New album".
import { AlbumsGrid } from '@/components/albums/AlbumsGrid';
import { NewAlbumButton } from '@/components/albums/NewAlbumButton';
import { TopBar } from '@/components/TopBar';
import { listAlbums } from '@/lib/albums/list-albums';
import { requirePageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function AlbumsPage() {
  const user = await requirePageUser();
  const { albums } = await listAlbums(user);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl px-4 py-4">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">Albums</h1>
          <NewAlbumButton />
        </div>
        <AlbumsGrid initial={albums} />
      </main>
    </>
  );
}
