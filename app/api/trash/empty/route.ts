// POST /api/trash/empty – delete the user's trashed assets from Shoebox (never the originals).
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';
import { emptyTrash } from '@/lib/timeline/empty-trash';

export const POST = withAuth(async ({ user }) => json(await emptyTrash(user.id)));
