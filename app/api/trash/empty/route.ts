// POST /api/trash/empty – delete the user's trashed assets from Shoebox (never the originals).
import { emptyTrash } from '@/lib/assets/empty-trash';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ user }) => json(await emptyTrash(user.id)));
