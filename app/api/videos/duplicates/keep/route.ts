// POST /api/videos/duplicates/keep – { keepId, trashIds }: keep one video of a duplicate pair and
// move the others to the trash (owner only; restorable; originals are never touched).
import { withAuth } from '@/lib/auth/with-auth';
import { keepDuplicateSchema } from '@/lib/duplicates/duplicates.schemas';
import { keepDuplicate } from '@/lib/duplicates/keep-duplicate';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => json(await keepDuplicate(user, await parseJsonBody(req, keepDuplicateSchema))));
