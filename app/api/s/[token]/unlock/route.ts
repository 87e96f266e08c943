// POST /api/s/:token/unlock – the password of a protected link, in the JSON body (never in the
// address); sets the link's unlock cookie. Wrong: 401; too many tries: 429 (public).
import { unlockLinkSchema } from '@/lib/shared-links/shared-links.schemas';
import { unlockSharedLink } from '@/lib/shared-links/unlock-shared-link';
import { json, parseJsonBody } from '@/lib/server/http';
import { withLinkRoute } from '@/lib/shared-links/with-link-route';

export const POST = withLinkRoute<{ token: string }>(async ({ req, params }) => {
  const { password } = await parseJsonBody(req, unlockLinkSchema);
  const cookies = await unlockSharedLink(req, params.token, password);
  const response = json({ ok: true });
  for (const cookie of cookies) response.headers.append('set-cookie', cookie);
  return response;
});
