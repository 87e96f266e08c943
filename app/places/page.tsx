// /places: the user's cities (own and shared libraries, as their timeline shows them) grouped
// by country, each with a cover photo and its count; a city opens its photos.
import { TopBar } from '@/components/TopBar';
import { PlacesGrid } from '@/components/places/PlacesGrid';
import { requirePageUser } from '@/lib/auth/page-user';
import { listPlaces } from '@/lib/places/list-places';

export const dynamic = 'force-dynamic';

export default async function PlacesPage() {
  const user = await requirePageUser();
  const { countries } = await listPlaces(user);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl px-4 py-4">
        <h1 className="mb-4 text-2xl font-semibold">Places</h1>
        {countries.length === 0 ? (
          <p className="text-neutral-300">No places yet. Photos with GPS in their files are placed on a city as they are indexed; you can also set a photo’s location by hand in its info panel.</p>
        ) : (
          <PlacesGrid countries={countries} />
        )}
      </main>
    </>
  );
}
