// The video catalogue: every video the signed-in user can see, as cards, newest first, a page
// at a time (?page=&pageSize=&sort= in the URL). A query the API would refuse (a page size
// of 10, page 0) or a page past the end is sent to the nearest page that exists.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { VideoCatalogue } from '@/components/catalogue/VideoCatalogue';
import { catalogueHref } from '@/components/catalogue/catalogue-url';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideos } from '@/lib/catalogue/list-videos';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VideosPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const parsed = videoListQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!parsed.success) redirect('/videos');
  const address = parsed.data;
  const page = await listVideos(user, address);
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (address.page > lastPage) redirect(catalogueHref({ ...address, page: lastPage }));
  const emptyState = (
    <div className="mt-24 text-center text-neutral-300" data-testid="videos-empty">
      <p className="text-lg">No videos yet.</p>
      {user.role === 'admin' ? (
        <p className="mt-2">
          <Link className="text-sky-400 underline" href="/admin/libraries">
            Add a library
          </Link>{' '}
          pointing at a folder of videos on this server; they appear here once scanned.
        </p>
      ) : (
        <p className="mt-2">Ask your administrator to add a library for you, or to share one of theirs.</p>
      )}
    </div>
  );
  return (
    <>
      <TopBar user={user} />
      <main>
        <VideoCatalogue address={address} initial={page} emptyState={emptyState} />
      </main>
    </>
  );
}
