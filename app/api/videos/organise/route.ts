// POST /api/videos/organise – { ids (≤ 5,000), addTagIds, removeTagIds, addPerformerIds, removePerformerIds,
//   studioId?, organised? }: the same change on every video, all or nothing; answers { updated }.
import { withAuth } from '@/lib/auth/with-auth';
import { bulkOrganiseVideos } from '@/lib/organise/bulk-organise-videos';
import { bulkOrganiseSchema } from '@/lib/organise/organise.schemas';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => json(await bulkOrganiseVideos(user, await parseJsonBody(req, bulkOrganiseSchema))));
