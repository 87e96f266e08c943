'use client';
// The info panel's place: "City, Region, Country" (or the coordinates when no city is near),
// "set by hand" when the owner set it, and for the owner "Edit location" (SetLocationDialog) and
// "Revert to the file's location". Saving replaces the viewer's details with the answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MapPin, Pencil, Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { revertAssetLocation, setAssetLocation } from '@/lib/client/places-api';
import { timelineKeys } from '@/lib/client/timeline-queries';
import type { LocationInput } from '@/lib/places/places.schemas';
import { placeLabel } from '@/lib/places/place-view';
import { SetLocationDialog } from './SetLocationDialog';

const button = 'flex items-center gap-1 rounded border border-neutral-700 px-2 py-1 text-xs hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400 disabled:opacity-50';

export function PlaceSection({ asset }: { asset: AssetDetails }) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const place = asset.place;
  const replace = (details: AssetDetails) => {
    client.setQueryData(timelineKeys.asset(asset.id), details);
    void client.invalidateQueries({ queryKey: ['search'] });
  };
  const revert = useMutation({ mutationFn: () => revertAssetLocation(asset.id), onSuccess: replace });
  const save = async (location: LocationInput) => replace(await setAssetLocation(asset.id, location));
  if (!place && !asset.canEdit) return null;
  const label = place ? placeLabel(place) || `${place.latitude.toFixed(5)}, ${place.longitude.toFixed(5)}` : 'No location';
  return (
    <div data-testid="place-section">
      <dt className="text-xs tracking-wide text-neutral-300 uppercase">Place</dt>
      <dd className="text-neutral-100">
        <span className="flex items-start gap-1">
          <MapPin aria-hidden size={16} className="mt-0.5 shrink-0" />
          <span data-testid="place-label">{label}</span>
        </span>
        {place?.source === 'manual' && (
          <span className="mt-1 inline-block rounded bg-amber-900/60 px-1.5 py-0.5 text-xs text-amber-100" data-testid="place-manual">
            set by hand
          </span>
        )}
        {asset.canEdit && (
          <span className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => setEditing(true)}>
              <Pencil aria-hidden size={14} /> {place ? 'Edit location' : 'Add location'}
            </button>
            {place?.source === 'manual' && (
              <button type="button" className={button} disabled={revert.isPending} onClick={() => revert.mutate()}>
                <Undo2 aria-hidden size={14} /> {place.fileHasLocation ? 'Revert to the file’s location' : 'Remove location'}
              </button>
            )}
          </span>
        )}
        {revert.error && (
          <span role="alert" className="mt-1 block text-red-300">
            {revert.error.message}
          </span>
        )}
        {editing && <SetLocationDialog subject="this item" onClose={() => setEditing(false)} save={save} />}
      </dd>
    </div>
  );
}
