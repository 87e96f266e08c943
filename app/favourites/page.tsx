// Favourites: the same timeline, only what the signed-in user marked as favourite.
import { TimelinePage } from '@/components/timeline/TimelinePage';

export const dynamic = 'force-dynamic';

export default function FavouritesPage() {
  return <TimelinePage view="favourites" />;
}
