// An asset's place row as the viewer's details show it (lib/assets/get-asset-details.ts).
import type { AssetPlaceView } from './places.schemas';

interface PlaceRow {
  latitude: number;
  longitude: number;
  city: string | null;
  region: string | null;
  countryCode: string | null;
  country: string | null;
  source: 'exif' | 'manual';
}

export function placeViewOf(row: PlaceRow | null, fileGps: { latitude: number | null; longitude: number | null } | null): AssetPlaceView | null {
  if (!row) return null;
  const { latitude, longitude, city, region, countryCode, country, source } = row;
  return { latitude, longitude, city, region, countryCode, country, source, fileHasLocation: fileGps?.latitude != null && fileGps.longitude != null };
}

/** "Paris, France" — the parts known, in order. */
export const placeLabel = (p: Pick<AssetPlaceView, 'city' | 'region' | 'country'>) => [p.city, p.region, p.country].filter(Boolean).join(', ');
