// /search: the one search box over photos and videos. The first page of results and the filter
// values are rendered here; the client screen takes over for changes and more pages.
import { Suspense } from 'react';
import { SearchScreen } from '@/components/search/SearchScreen';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { searchQueryString, searchStateFrom } from '@/lib/client/search-url';
import { listSearchOptions } from '@/lib/search/list-search-options';
import { searchAssets } from '@/lib/search/search-assets';
import { searchQuerySchema } from '@/lib/search/search.schemas';
import { AppError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const state = searchStateFrom(await searchParams);
  const parsed = searchQuerySchema.safeParse({ ...state, limit: '60' });
  const active = searchQueryString(state) !== '';
  let problem: string | null = parsed.success ? null : 'Some of this search is not valid: check the dates and filters.';
  const initial =
    parsed.success && active
      ? await searchAssets(user, parsed.data).catch((error: unknown) => {
          if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
          problem = 'A library or photo in this search does not exist.';
          return null;
        })
      : null;
  const options = await listSearchOptions(user);
  return (
    <>
      <TopBar user={user} />
      <main>
        <Suspense>
          <SearchScreen initial={initial} initialOptions={options} problem={problem} />
        </Suspense>
      </main>
    </>
  );
}
