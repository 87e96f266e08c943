// GET /api/videos/random?seed=&<the catalogue's filters> – { video, seed }: the same video for
//   the same seed while the collection is unchanged.
import { withAuth } from '@/lib/auth/with-auth';
import { randomVideoQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { pickRandomVideo } from '@/lib/catalogue/pick-random-video';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = randomVideoQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await pickRandomVideo(user, query));
});
