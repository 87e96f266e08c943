// The Places page and GET /api/places: the cities of every asset the user's timeline shows
// (own and shared libraries, online, ingested, not archived by them — lib/search's rule),
// grouped by country, each with its count and newest asset as the cover. One aggregate query.
import type { Actor } from '@/lib/access/access.schemas';
import { searchableSql } from '@/lib/search/asset-search.queries';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import { countryName } from './country-names';
import type { PlaceCountry, PlacesOverview } from './places.schemas';
import { selectCities } from './places.queries';

export const cityHref = (countryCode: string, city: string) => `/places/${encodeURIComponent(countryCode)}/${encodeURIComponent(city)}`;

export async function listPlaces(actor: Actor): Promise<PlacesOverview> {
  const reader = await timelineReaderOf(actor.id);
  const rows = await selectCities(searchableSql(reader));
  const countries = new Map<string, PlaceCountry>();
  for (const r of rows) {
    let c = countries.get(r.country_code);
    if (!c) {
      c = { countryCode: r.country_code, country: r.country ?? countryName(r.country_code) ?? r.country_code, count: 0, cities: [] };
      countries.set(r.country_code, c);
    }
    c.count += r.count;
    c.cities.push({ city: r.city, count: r.count, coverId: r.cover_id, href: cityHref(r.country_code, r.city) });
  }
  return { countries: [...countries.values()].sort((a, b) => a.country.localeCompare(b.country, 'en')) };
}
