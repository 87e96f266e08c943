// GET /api/albums/:id/download – the album's items as one ZIP named after it, in the album's
// order, for its owner and members.
import { serveAlbumDownload } from '@/lib/downloads/serve-album-download';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => serveAlbumDownload(req, user, params.id));
