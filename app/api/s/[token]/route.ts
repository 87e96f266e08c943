// GET /api/s/:token – what a shared link shows (public): title, description and its items; 401
// while a password-protected link is locked, 404 for an unknown, revoked or expired link.
import { getLinkContent } from '@/lib/shared-links/get-link-content';
import { openLink } from '@/lib/shared-links/open-link';
import { json } from '@/lib/server/http';
import { withLinkRoute } from '@/lib/shared-links/with-link-route';

export const GET = withLinkRoute<{ token: string }>(async ({ req, params }) =>
  json(await getLinkContent(await openLink(params.token, req.headers.get('cookie')))),
);
