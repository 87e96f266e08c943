// GET /api/places/cities?q=&limit= – the location dialog's typeahead: cities of the offline
//   geocoder whose names start with (then contain) what was typed, largest first.
import { withAuth } from '@/lib/auth/with-auth';
import { citySearchSchema } from '@/lib/places/places.schemas';
import { searchCities } from '@/lib/places/search-cities';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req }) => {
  const { q, limit } = citySearchSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(searchCities(q, limit));
});
