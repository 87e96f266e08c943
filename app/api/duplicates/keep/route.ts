// POST /api/duplicates/keep – { keepId, ids }: keep one photo of a group, move the group's others
// to the trash (owner only; restorable; originals never touched); 409 when the group was
// already decided with another photo.
import { withAuth } from '@/lib/auth/with-auth';
import { keepPhotoDuplicate } from '@/lib/duplicates/keep-photo-duplicate';
import { keepPhotoSchema } from '@/lib/duplicates/photo-duplicates.schemas';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => json(await keepPhotoDuplicate(user, await parseJsonBody(req, keepPhotoSchema))));
