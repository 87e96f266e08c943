// Places: where photos were taken (offline reverse geocoding), the Places page, locations set by hand.
import { assetDetailsSchema, assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import type { listPlaces } from '@/lib/places/list-places';
import {
  bulkLocationSchema,
  citySearchSchema,
  citySuggestionsSchema,
  locationInputSchema,
  locationUpdateSchema,
  placesBackfillStatusSchema,
  placesOverviewSchema,
  type AssetPlaceView,
  assetPlaceSchema,
} from '@/lib/places/places.schemas';
import type { getPlacesBackfillStatus } from '@/lib/places/places-backfill-status';
import type { searchCities } from '@/lib/places/search-cities';
import type { setAssetsLocation } from '@/lib/places/set-assets-location';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const placeDocumented: Documents<typeof assetPlaceSchema, AssetPlaceView> = true;
const overviewDocumented: Documents<typeof placesOverviewSchema, Awaited<ReturnType<typeof listPlaces>>> = true;
const citiesDocumented: Documents<typeof citySuggestionsSchema, ReturnType<typeof searchCities>> = true;
const updateDocumented: Documents<typeof locationUpdateSchema, Awaited<ReturnType<typeof setAssetsLocation>>> = true;
const backfillDocumented: Documents<typeof placesBackfillStatusSchema, Awaited<ReturnType<typeof getPlacesBackfillStatus>>> = true;
void [placeDocumented, overviewDocumented, citiesDocumented, updateDocumented, backfillDocumented];

export const placeRoutes: ApiRoutes = {
  places: { GET: { summary: 'My cities grouped by country (own and shared libraries), each with its count and a cover asset', access: 'user', answers: { 200: json('Countries, alphabetical; their cities, most photos first.', placesOverviewSchema) } } },
  'places/cities': {
    GET: { summary: 'Cities of the offline geocoder whose name starts with (then contains) `q`, largest first', access: 'user', query: citySearchSchema, answers: { 200: json('At most `limit` cities.', citySuggestionsSchema) } },
  },
  'assets/[id]/location': {
    PUT: {
      summary: 'Set where it was taken, by hand (the owner; stored in Shoebox, never in the file)',
      description: 'The position is looked up at once (city and country); 0,0 and out-of-range values are refused (422).',
      access: 'user',
      path: assetIdParamsSchema,
      body: locationInputSchema,
      answers: { 200: json('The details, with `place.source` manual.', assetDetailsSchema) },
    },
    DELETE: { summary: 'Revert to the file’s own place, or none when the file has no GPS (the owner)', access: 'user', path: assetIdParamsSchema, answers: { 200: json('The details as reverted.', assetDetailsSchema) } },
  },
  'assets/location': {
    POST: {
      summary: 'Set (or with `location: null` revert) the place of many assets, all or nothing (the owner)',
      description: 'Any id that is not the caller’s, or missing, refuses the whole request with 404 and changes nothing.',
      access: 'user',
      body: bulkLocationSchema,
      answers: { 200: json('How many assets were changed.', locationUpdateSchema) },
    },
  },
  'admin/places': {
    GET: { summary: 'The places backfill: rows still to look up, files with GPS and no place yet, the job', access: 'admin', answers: { 200: json('Its state.', placesBackfillStatusSchema) } },
    POST: { summary: 'Queue the places backfill now', access: 'admin', answers: { 202: json('Queued; the backfill’s state now.', placesBackfillStatusSchema) } },
  },
};
