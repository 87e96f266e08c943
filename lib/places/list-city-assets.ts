// One city's photos and videos for /places/<countryCode>/<city>, newest first, as the search
// grid's tiles; the same readable rule as the Places page. At most CITY_PAGE_MAX (the page says so).
import type { Actor } from '@/lib/access/access.schemas';
import { searchableSql } from '@/lib/search/asset-search.queries';
import { hydrateHits } from '@/lib/search/hydrate-hits';
import type { SearchHit } from '@/lib/search/search.schemas';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import { countryName } from './country-names';
import { selectCityAssetIds } from './places.queries';

export const CITY_PAGE_MAX = 2000;

export interface CityAssets {
  city: string;
  countryCode: string;
  country: string;
  items: SearchHit[];
  truncated: boolean;
}

export async function listCityAssets(actor: Actor, countryCode: string, city: string): Promise<CityAssets> {
  const reader = await timelineReaderOf(actor.id);
  const ids = await selectCityAssetIds(searchableSql(reader), countryCode, city, CITY_PAGE_MAX + 1);
  const items = await hydrateHits(reader, ids.slice(0, CITY_PAGE_MAX).map((id) => ({ id, match: 'filter' as const, similarity: null })));
  return { city, countryCode, country: countryName(countryCode) ?? countryCode, items, truncated: ids.length > CITY_PAGE_MAX };
}
