// POST /api/faces/:id/reject – "Not this person": the face leaves its person, and clustering never puts it back there.
import { withAuth } from '@/lib/auth/with-auth';
import { rejectFaceFromPerson } from '@/lib/faces/reject-face';
import { json } from '@/lib/server/http';

export const POST = withAuth<{ id: string }>(async ({ params, user }) => json(await rejectFaceFromPerson(user, params.id)));
