// One documented operation, in the few words a domain file needs (summary, access, the zod
// schemas the route parses with, what it answers), and its translation into the OpenAPI
// operation zod-openapi renders. The errors every route can give are added here, once.
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { errorResponseSchema } from './api-docs.schemas';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
/** As in lib/auth/with-auth.ts and tests/http/access-matrix.test.ts. */
export type Access = 'public' | 'user' | 'admin';

type ObjectSchema = z.ZodObject | z.ZodType<Record<string, unknown>>;

/** What one status answers: JSON of a schema, bytes of some media types, or nothing. */
export type ApiAnswer =
  | { description: string; json: z.ZodType }
  | { description: string; media: readonly string[] }
  | { description: string; empty: true };

export interface ApiOperation {
  summary: string;
  description?: string;
  access: Access;
  /** The path parameters (`[id]` folders) as the route checks them. */
  path?: ObjectSchema;
  /** The query schema the route parses `searchParams` with. */
  query?: ObjectSchema;
  /** The JSON body schema the route hands parseJsonBody. */
  body?: z.ZodType;
  /** Other request bodies the route takes (an image upload). */
  uploads?: readonly string[];
  /** Success answers by status; errors beyond the common ones in `errors`. */
  answers: Record<number, ApiAnswer>;
  /** Statuses this operation refuses with besides 401/403/404/422, each with a reason. */
  errors?: Record<number, string>;
}

/** One route file: its operations by method. The key is the folder under app/api (`assets/[id]`). */
export type ApiRoute = Partial<Record<HttpMethod, ApiOperation>>;
export type ApiRoutes = Record<string, ApiRoute>;

export const json = (description: string, schema: z.ZodType): ApiAnswer => ({ description, json: schema });
export const media = (description: string, ...types: string[]): ApiAnswer => ({ description, media: types });
export const noContent = (description = 'Done; nothing to say.'): ApiAnswer => ({ description, empty: true });

const errorContent = { 'application/json': { schema: errorResponseSchema } };

function answer(a: ApiAnswer) {
  if ('json' in a) return { description: a.description, content: { 'application/json': { schema: a.json } } };
  if ('media' in a) {
    const content = Object.fromEntries(a.media.map((type) => [type, { schema: { type: 'string' as const, contentMediaType: type } }]));
    return { description: a.description, content };
  }
  return { description: a.description };
}

/** The route's `[name]` folders as path parameters: the route's own schema, else plain strings. */
function pathParams(route: string, op: ApiOperation): z.ZodObject | undefined {
  if (op.path) return op.path as z.ZodObject;
  const names = [...route.matchAll(/\[(\w+)\]/g)].map(([, name]) => name);
  if (names.length === 0) return undefined;
  return z.object(Object.fromEntries(names.map((name) => [name, z.string().meta({ description: 'An id (UUID); anything else answers 404.' })])));
}

/** The refusals any call of this operation can meet, from what it declares. */
function commonErrors(route: string, op: ApiOperation): Record<number, string> {
  const errors: Record<number, string> = {};
  if (op.access !== 'public') errors[401] = 'Not signed in, or the API key or token is not valid.';
  if (op.access === 'admin') errors[403] = 'Signed in, but not an administrator.';
  if (/\[\w+\]/.test(route)) errors[404] = 'No such item, or not one this user may see (the same answer).';
  if (op.query || op.body) errors[422] = 'A parameter or field is not valid: details name it.';
  errors[503] = 'The database cannot be reached right now (Retry-After).';
  return errors;
}

export function toOpenApiOperation(route: string, method: HttpMethod, op: ApiOperation, tag: string): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, a] of Object.entries(op.answers)) responses[status as `${1 | 2 | 3 | 4 | 5}${string}`] = answer(a);
  for (const [status, reason] of Object.entries({ ...commonErrors(route, op), ...op.errors })) {
    if (status in op.answers) continue; // an answer the operation describes itself (health's 503)
    responses[status as `${1 | 2 | 3 | 4 | 5}${string}`] = { description: reason, content: errorContent };
  }
  const body = op.body || op.uploads ? {
    required: true,
    content: {
      ...(op.body ? { 'application/json': { schema: op.body } } : {}),
      ...Object.fromEntries((op.uploads ?? []).map((type) => [type, { schema: { type: 'string' as const, contentMediaType: type } }])),
    },
  } : undefined;
  return {
    operationId: operationId(route, method),
    summary: op.summary,
    description: op.description,
    tags: [tag],
    // A public route ignores credentials it does not need; the others take a session cookie or a bearer key.
    security: op.access === 'public' ? [] : [{ sessionCookie: [] }, { bearer: [] }],
    'x-access': op.access,
    requestParams: {
      ...(pathParams(route, op) ? { path: pathParams(route, op) } : {}),
      ...(op.query ? { query: op.query as z.ZodObject } : {}),
    },
    requestBody: body,
    responses,
  } as ZodOpenApiOperationObject;
}

/** `GET assets/[id]/chapters` → `getAssetsIdChapters`: stable, readable names for generated clients. */
export function operationId(route: string, method: HttpMethod): string {
  const words = route.split(/[/\-[\]]+/).filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** `assets/[id]` → `/api/assets/{id}`. */
export const openApiPath = (route: string) => `/api/${route}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, '');
