// The location dialog's typeahead (GET /api/places/cities?q=): cities of the geocoder whose name
// starts with what was typed (accents and case aside), largest first; then, when there is room,
// names that contain it. Offline, in process: a scan of ~130k names in population order.
import { cityIndex, foldName } from './city-index';
import { countryName } from './country-names';
import type { CitySuggestion } from './places.schemas';

export function searchCities(q: string, limit: number): CitySuggestion[] {
  const idx = cityIndex();
  const needle = foldName(q.trim());
  const starts: number[] = [];
  const contains: number[] = [];
  for (const i of idx.bySize) {
    const name = idx.folded[i];
    if (name.startsWith(needle)) {
      starts.push(i);
      if (starts.length === limit) break;
    } else if (contains.length < limit && needle.length >= 3 && name.includes(needle)) contains.push(i);
  }
  return [...starts, ...contains].slice(0, limit).map((i) => ({
    name: idx.name[i],
    countryCode: idx.countryCode[i],
    country: countryName(idx.countryCode[i]),
    population: idx.population[i],
    latitude: idx.latitude[i],
    longitude: idx.longitude[i],
  }));
}
