// POST /api/trash/empty – delete the user's trashed assets from Shoebox (never the originals).
import { emptyTrash } from '@/lib/assets/empty-trash';
import { withAuth, json } from '@/lib/server/http';

export const POST = withAuth(async ({ user }) => json(await emptyTrash(user.id)));
