// /map: the user's geotagged photos and videos on a map, in clusters, with filters; a chosen
// cluster's photos in a grid beside (or under) it. The base layer is offline unless the
// administrator set MAP_STYLE_URL.
import { MapScreen } from '@/components/map/MapScreen';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { listPeople } from '@/lib/faces/list-people';
import { mapBaseLayer } from '@/lib/map/map-base-layer';

export const dynamic = 'force-dynamic';

export default async function MapPage() {
  const user = await requirePageUser();
  const people = (await listPeople(user, { hidden: false })).flatMap((p) => (p.name ? [{ id: p.id, name: p.name }] : []));
  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <TopBar user={user} />
      <main className="flex min-h-0 flex-1 flex-col">
        <MapScreen baseLayer={mapBaseLayer()} people={people} />
      </main>
    </div>
  );
}
