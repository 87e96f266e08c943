// GET /api/s/:token/assets/:id/original – the original file, only when the link allows downloads (Range) (public).
import { serveLinkMedia } from '@/lib/shared-links/serve-link-media';
import { withLinkRoute } from '@/lib/shared-links/with-link-route';

export const GET = withLinkRoute<{ token: string; id: string }>(async ({ req, params }) => serveLinkMedia(req, params.token, params.id, 'original'));
export const HEAD = GET;
