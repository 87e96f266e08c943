// GET /api/s/:token/assets/:id/preview – the preview image of an item the link grants (no EXIF) (public).
import { serveLinkMedia } from '@/lib/shared-links/serve-link-media';
import { withLinkRoute } from '@/lib/shared-links/with-link-route';

export const GET = withLinkRoute<{ token: string; id: string }>(async ({ req, params }) => serveLinkMedia(req, params.token, params.id, 'preview'));
