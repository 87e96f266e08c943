// The viewer: one photo or video full-screen, with previous/next in the order of the view it
// was opened from — or inside the search results it was opened from (`search`: the search's
// query string, lib/client/search-url.ts) — or inside the album it was opened from (`album`).
import { notFound } from 'next/navigation';
import { Viewer } from '@/components/viewer/Viewer';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { requirePageUser } from '@/lib/auth/page-user';
import { searchQueryString, searchStateFrom } from '@/lib/client/search-url';
import { AppError } from '@/lib/server/errors';
import { timelineViewSchema } from '@/lib/timeline/timeline.schemas';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string; search?: string; album?: string }>;
}

export default async function PhotoPage({ params, searchParams }: PageProps) {
  const user = await requirePageUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const view = timelineViewSchema.catch('timeline').parse(query.view);
  const search = typeof query.search === 'string' ? searchQueryString(searchStateFrom(new URLSearchParams(query.search))) : null;
  const album = typeof query.album === 'string' && /^[0-9a-f-]{36}$/i.test(query.album) ? query.album.toLowerCase() : null;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const details = await getAssetDetails(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!details) notFound();
  return <Viewer key={id} initial={details} view={view} search={search} album={album} />;
}
