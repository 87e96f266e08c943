// GET /api/openapi.json – the OpenAPI 3.1 document of this API (lib/api-docs). Public: it
// describes the API and holds no data, so generators and scripts fetch it without a key.
import { openApiDocument } from '@/lib/api-docs/build-openapi-document';
import { withPublic } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';
import packageJson from '@/package.json';

export const GET = withPublic(async () => json(openApiDocument(packageJson.version), 200, { 'cache-control': 'public, max-age=300' }));
