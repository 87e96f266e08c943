// The OpenAPI 3.1 document, built by zod-openapi from the domain files' entries: the request
// schemas are the very ones the routes parse with, so the two cannot drift apart. Built once
// per process (it is the same until the code changes).
import { createDocument } from 'zod-openapi';
import { apiSections } from './api-routes';
import { HTTP_METHODS, openApiPath, toOpenApiOperation } from './operation';

type OpenApiDocument = ReturnType<typeof createDocument>;

const description = [
  'The HTTP API of Shoebox, the household photo and video library.',
  '',
  'Authenticate with the session cookie a browser gets from `POST /api/auth/login`, or with an API key',
  '(Settings → API keys) sent as `Authorization: Bearer sbk_…`. A read-only key may only GET.',
  'Errors answer `{ "error": { "code", "message", "details"? } }`; another user’s item answers 404, like a missing one.',
].join('\n');

export function buildOpenApiDocument(version: string): OpenApiDocument {
  const paths: Record<string, Record<string, ReturnType<typeof toOpenApiOperation>>> = {};
  for (const { tag, routes } of apiSections) {
    for (const [route, operations] of Object.entries(routes)) {
      const item = (paths[openApiPath(route)] ??= {});
      for (const method of HTTP_METHODS) {
        const op = operations[method];
        if (op) item[method.toLowerCase()] = toOpenApiOperation(route, method, op, tag);
      }
    }
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Shoebox API', version, description },
    tags: apiSections.map(({ tag, description: d }) => ({ name: tag, description: d })),
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'shoebox.session', description: 'The HttpOnly session cookie of a browser (`__Host-shoebox.session` over https).' },
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`sbk_…`) or a 15-minute access token from /api/auth/token (`sba_…`).' },
      },
    },
  });
}

let cached: OpenApiDocument | undefined;

/** The document of this build, made on first use. */
export function openApiDocument(version: string): OpenApiDocument {
  cached ??= buildOpenApiDocument(version);
  return cached;
}
