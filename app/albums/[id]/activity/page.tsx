// /albums/:id/activity: an album's activity on a page of its own (handy on a phone): likes,
// comments, who added what, the comment box, and who has the album (the Share dialog). The
// first page of the feed is read here; the panel takes over for paging and changes.
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlbumActivityPanel } from '@/components/albums/AlbumActivityPanel';
import { AlbumShareDialog } from '@/components/albums/AlbumShareDialog';
import { TopBar } from '@/components/TopBar';
import { countAlbumActivity } from '@/lib/album-sharing/count-album-activity';
import { getAlbumSharing } from '@/lib/album-sharing/get-album-sharing';
import { listAlbumActivity } from '@/lib/album-sharing/list-album-activity';
import { ACTIVITY_PAGE_SIZE } from '@/lib/album-sharing/album-sharing.schemas';
import { requirePageUser } from '@/lib/auth/page-user';
import { AppError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

export default async function AlbumActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const loaded = await Promise.all([getAlbumSharing(user, id), listAlbumActivity(user, id, { limit: ACTIVITY_PAGE_SIZE }), countAlbumActivity(user, id)]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    },
  );
  if (!loaded) notFound();
  const [sharing, page, counts] = loaded;
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-4">
        <Link href={`/albums/${id}`} className="flex items-center gap-1 self-start rounded text-sm text-neutral-300 hover:text-white focus:outline-2 focus:outline-sky-400">
          <ArrowLeft aria-hidden size={16} /> Back to the album
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="min-w-0">
            <h1 className="truncate text-2xl font-semibold">{sharing.album.title}</h1>
            <p className="text-sm text-neutral-300">
              Activity · by {sharing.album.owner.name}
              {sharing.members.length > 0 && `, shared with ${sharing.members.length === 1 ? '1 person' : `${sharing.members.length} people`}`}
            </p>
          </div>
          <AlbumShareDialog albumId={id} currentUserId={user.id} role={sharing.myRole} />
        </div>
        <AlbumActivityPanel albumId={id} currentUserId={user.id} role={sharing.myRole} initial={{ page, counts }} />
      </main>
    </>
  );
}
