// The video catalogue: every video the signed-in user can see, searched, filtered, sorted and
// shown as the address says (components/catalogue/catalogue-url.ts: text, every filter, sort,
// direction, seed, page, page size, view). The address is read leniently (an unusable value
// falls back to its default); a page past the end is sent to the last page that exists.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { VideoCatalogue } from '@/components/catalogue/VideoCatalogue';
import { catalogueApiParams, catalogueHref, parseCatalogueState } from '@/components/catalogue/catalogue-url';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideos } from '@/lib/catalogue/list-videos';
import type { CataloguePage } from '@/lib/client/catalogue-contract';
import { listMyLibraries } from '@/lib/libraries/list-my-libraries';
import { nameEntities } from '@/lib/organise/name-entities';
import { getPreferences } from '@/lib/users/get-preferences';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VideosPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const state = parseCatalogueState(await searchParams);
  // The list API's own schema decides what it can answer; a query it refuses (a sort this
  // server does not know yet) is answered as the plain first screen with the same page size.
  const query = videoListQuerySchema.safeParse(Object.fromEntries(catalogueApiParams(state)));
  const filterIds = [state.performers, state.performersExclude, state.studios, state.studiosExclude, state.tags, state.tagsExclude].flat();
  const [page, libraries, preferences, entityNames] = await Promise.all([
    listVideos(user, query.success ? query.data : videoListQuerySchema.parse({ pageSize: state.pageSize })),
    listMyLibraries(user),
    getPreferences(user.id),
    nameEntities(user, filterIds),
  ]);
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (state.page > lastPage) redirect(catalogueHref({ ...state, page: lastPage }));
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
        <VideoCatalogue
          state={state}
          initial={page as CataloguePage}
          libraries={[...libraries.own, ...libraries.shared].map((l) => ({ id: l.id, name: l.name }))}
          blurPreviews={preferences.blurPreviews}
          entityNames={entityNames}
          emptyState={emptyState}
        />
      </main>
    </>
  );
}
