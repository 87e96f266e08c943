// The timeline: every photo and video of the signed-in user, newest first. `?addTo=<album id>`
// (an album's "Add photos") opens it to pick items for that album.
import { TimelinePage } from '@/components/timeline/TimelinePage';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ addTo?: string }> }) {
  const { addTo } = await searchParams;
  return <TimelinePage view="timeline" addToAlbumId={typeof addTo === 'string' ? addTo : undefined} />;
}
