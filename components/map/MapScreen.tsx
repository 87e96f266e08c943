'use client';
// /map: the filters, the map, and the grid of a chosen cluster's photos (beside the map on a
// wide screen, under it on a phone). Clusters follow the map's view and the filters through
// TanStack Query; the previous clusters stay drawn while the next ones load.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Images, X } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { mapAssetsRequest, mapClustersRequest, type MapFilterValues } from '@/lib/client/map-api';
import type { MapBaseLayer } from '@/lib/map/map-base-layer';
import type { MapBbox, MapCluster } from '@/lib/map/map.schemas';
import { MapFilters } from './MapFilters';
import { MapGrid } from './MapGrid';
import type { MapViewState } from './MapView';

// Leaflet reads `window` when it loads: the map is drawn in the browser only.
const MapView = dynamic(() => import('./MapView').then((m) => m.MapView), {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-neutral-300">Loading the map…</div>,
});

/** A point's box has no size: widened by ~1 m so that the database's doubles match it. */
const padded = (b: MapBbox): MapBbox => ({ west: b.west - 1e-5, south: b.south - 1e-5, east: b.east + 1e-5, north: b.north + 1e-5 });

export function MapScreen({ baseLayer, people }: { baseLayer: MapBaseLayer; people: { id: string; name: string }[] }) {
  const [filters, setFilters] = useState<MapFilterValues>({ from: '', to: '', favourites: false, people: [] });
  const [view, setView] = useState<MapViewState | null>(null);
  const [chosen, setChosen] = useState<{ bbox: MapBbox; label: string } | null>(null);

  const clusters = useQuery({
    queryKey: ['map-clusters', view, filters],
    queryFn: ({ signal }) => mapClustersRequest(view!.bbox, view!.zoom, filters, signal),
    enabled: view !== null,
    placeholderData: keepPreviousData,
  });
  const assets = useInfiniteQuery({
    queryKey: ['map-assets', chosen?.bbox, filters],
    queryFn: ({ pageParam, signal }) => mapAssetsRequest(chosen!.bbox, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: chosen !== null,
  });

  const choose = (c: MapCluster) => setChosen({ bbox: padded(c.bounds), label: c.count === 1 ? '1 photo' : `${c.count} photos` });
  const showView = () => view && setChosen({ bbox: view.bbox, label: `${clusters.data?.total ?? 0} photos in view` });
  const list = assets.data?.pages.flatMap((p) => p.assets) ?? [];

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-neutral-800 px-4 py-2">
        <h1 className="text-lg font-semibold">Map</h1>
        <MapFilters value={filters} people={people} onChange={setFilters} />
        <p className="text-sm text-neutral-300" aria-live="polite" data-testid="map-total">
          {clusters.isError ? 'The map could not load its photos.' : clusters.data ? `${clusters.data.total} in view` : ''}
        </p>
      </div>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <div className="relative isolate h-[55dvh] shrink-0 lg:h-auto lg:flex-1">
          <MapView baseLayer={baseLayer} clusters={clusters.data?.clusters ?? []} onView={setView} onChoose={choose} />
        </div>
        <section aria-label="Photos of the chosen place" className="flex flex-col gap-2 p-3 lg:w-[28rem] lg:overflow-y-auto lg:border-l lg:border-neutral-800">
          <div className="flex items-center justify-between gap-2">
            <h2 className="font-medium">{chosen ? chosen.label : 'Photos'}</h2>
            {chosen ? (
              <button type="button" onClick={() => setChosen(null)} className="flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
                <X aria-hidden size={14} /> Close
              </button>
            ) : (
              <button type="button" onClick={showView} disabled={!view} className="flex items-center gap-1 rounded px-2 py-1 text-sm text-sky-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
                <Images aria-hidden size={14} /> Show photos in view
              </button>
            )}
          </div>
          {!chosen && <p className="text-sm text-neutral-300">Choose a small cluster on the map (or zoom in on a big one) to see its photos here.</p>}
          {chosen && assets.isPending && <p className="text-sm text-neutral-300">Loading…</p>}
          {chosen && assets.isError && <p className="text-sm text-red-300">These photos could not be loaded.</p>}
          {chosen && assets.data && list.length === 0 && <p className="text-sm text-neutral-300">No photos here with these filters.</p>}
          {chosen && <MapGrid assets={list} />}
          {assets.hasNextPage && (
            <button type="button" onClick={() => void assets.fetchNextPage()} disabled={assets.isFetchingNextPage} className="self-center rounded bg-neutral-800 px-3 py-1.5 text-sm hover:bg-neutral-700 focus:outline-2 focus:outline-sky-400">
              {assets.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
