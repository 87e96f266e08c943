// GET /api/duplicates – groups of the user's own photos that look alike (pHash within the
// calibrated distance) or are the same file, each with its suggested best (at most 100 groups).
import { withAuth } from '@/lib/auth/with-auth';
import { listPhotoDuplicateGroups } from '@/lib/duplicates/list-photo-duplicate-groups';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await listPhotoDuplicateGroups(user)));
