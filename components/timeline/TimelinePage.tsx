// Server side of every timeline screen: who is asking, the month counts for the first paint,
// the first screen's bucket and thumbnails preloaded (lib/timeline/first-screen.ts), then the
// client Timeline takes over.
import Link from 'next/link';
import { preload } from 'react-dom';
import { TopBar } from '@/components/TopBar';
import { albumToAddTo } from '@/lib/albums/album-to-add-to';
import { requirePageUser } from '@/lib/auth/page-user';
import { firstScreenOf } from '@/lib/timeline/first-screen';
import { listTimelineBuckets } from '@/lib/timeline/list-timeline-buckets';
import type { TimelineView } from '@/lib/timeline/timeline.schemas';
import { EmptyTrashButton } from './EmptyTrashButton';
import { Timeline } from './Timeline';
import { UploadDropZone } from '@/components/uploads/UploadDropZone';

const EMPTY: Record<Exclude<TimelineView, 'timeline'>, string> = {
  favourites: 'No favourites yet. Select photos and choose Favourite, or press F in the viewer.',
  archive: 'Nothing archived. Archived photos stay out of the timeline but are kept here.',
  trash: 'The trash is empty.',
};

export async function TimelinePage({ view, addToAlbumId }: { view: TimelineView; addToAlbumId?: string }) {
  const user = await requirePageUser();
  const [buckets, addTo] = await Promise.all([listTimelineBuckets(user.id, { view }), addToAlbumId ? albumToAddTo(user, addToAlbumId) : null]);
  const first = await firstScreenOf(user.id, { view }, buckets);
  // crossOrigin 'anonymous': the credentials mode of fetch(), which the preload must match to be used.
  if (first.bucketUrl) preload(first.bucketUrl, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'high' });
  for (const url of first.thumbnailUrls) preload(url, { as: 'image', fetchPriority: 'high' });
  const emptyState =
    view !== 'timeline' ? (
      <p className="mt-24 text-center text-neutral-400">{EMPTY[view]}</p>
    ) : (
      <div className="mt-24 text-center text-neutral-400">
        <p className="text-lg">No photos yet.</p>
        {user.role === 'admin' ? (
          <p className="mt-2">
            <Link className="text-sky-400 underline" href="/admin/libraries">
              Add a library
            </Link>{' '}
            pointing at a folder of photos on this server.
          </p>
        ) : (
          <p className="mt-2">Upload some with the Upload button, or ask your administrator to add a library for you.</p>
        )}
      </div>
    );
  return (
    <>
      <TopBar user={user} />
      <main>
        {view === 'timeline' && <UploadDropZone />}
        <Timeline
          view={view}
          initialBuckets={buckets}
          emptyState={emptyState}
          addTo={addTo ?? undefined}
          toolbar={view === 'trash' && buckets.length > 0 ? <EmptyTrashButton /> : undefined}
        />
      </main>
    </>
  );
}
