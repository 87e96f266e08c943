// POST /api/assets/location – { ids, location: { latitude, longitude } | null } (owner only): set
//   where many assets were taken, or revert them to their files' places (null); all or nothing.
import { withAuth } from '@/lib/auth/with-auth';
import { bulkLocationSchema } from '@/lib/places/places.schemas';
import { setAssetsLocation } from '@/lib/places/set-assets-location';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => {
  const { ids, location } = await parseJsonBody(req, bulkLocationSchema);
  return json(await setAssetsLocation(user, ids, location));
});
