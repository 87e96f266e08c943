// GET /api/assets/:id/organise – the video's performers, studio, tags (own and inherited), cast-size tag,
//   release date and organised flag (a library member sees them read-only).
// PATCH /api/assets/:id/organise – { addPerformerIds, removePerformerIds, addPerformerNames, addTagIds, removeTagIds,
//   addTagNames, studioId | studioName, releaseDate, organised }: the owner, with their own performers/studios/tags.
import { withAuth } from '@/lib/auth/with-auth';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { getVideoOrganise } from '@/lib/organise/get-video-organise';
import { videoOrganisePatchSchema } from '@/lib/organise/organise.schemas';
import { updateVideoOrganise } from '@/lib/organise/update-video-organise';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getVideoOrganise(user, videoIdParam(params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  return json(await updateVideoOrganise(user, id, await parseJsonBody(req, videoOrganisePatchSchema)));
});
