// GET /api/s/:token/download – everything the link grants as one streamed ZIP, when it allows downloads (public).
import { downloadLinkZip } from '@/lib/shared-links/download-link-zip';
import { withLinkRoute } from '@/lib/shared-links/with-link-route';

export const GET = withLinkRoute<{ token: string }>(async ({ req, params }) => downloadLinkZip(req, params.token));
