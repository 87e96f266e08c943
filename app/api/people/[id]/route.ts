// GET /api/people/:id – one of my people: the photos their faces are in (that I can read, newest first) and their faces.
// PATCH /api/people/:id – { name?, hidden?, coverFaceId? }; a name another of my people has answers 409 with details.existing.
import { withAuth } from '@/lib/auth/with-auth';
import { personPatchSchema } from '@/lib/faces/faces.schemas';
import { getPersonPage } from '@/lib/faces/get-person-page';
import { updatePerson } from '@/lib/faces/update-person';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getPersonPage(user, params.id)));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => json(await updatePerson(user, params.id, await parseJsonBody(req, personPatchSchema))));
