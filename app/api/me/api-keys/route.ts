// GET /api/me/api-keys – my API keys, revoked ones included (never their secrets).
// POST /api/me/api-keys – create one from a browser session; the secret is in this response only.
import { assertBrowserSession } from '@/lib/auth/assert-browser-session';
import { createApiKey, createApiKeySchema } from '@/lib/auth/create-api-key';
import { listMyApiKeys } from '@/lib/auth/list-my-api-keys';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json({ apiKeys: await listMyApiKeys(user.id) }));

export const POST = withAuth(async ({ req, user }) => {
  assertBrowserSession(user, 'Creating an API key');
  const input = await parseJsonBody(req, createApiKeySchema);
  return json(await createApiKey(user.id, input), 201, { 'cache-control': 'no-store' });
});
