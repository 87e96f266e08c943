// A typed client of the Shoebox API for scripts: openapi-fetch over the types generated from
// the OpenAPI document (schema.d.ts), authenticated with an API key. Paths, parameters, bodies
// and answers are checked by TypeScript; a route's change shows up as a type error in scripts.
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export interface ShoeboxClientOptions {
  /** Where Shoebox answers, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** An API key from Settings → API keys (`sbk_…`). A read-only key may only GET. */
  apiKey: string;
  /** Another fetch (a proxy, a test); the global one by default. */
  fetch?: typeof fetch;
}

export function createShoeboxClient({ baseUrl, apiKey, fetch: customFetch }: ShoeboxClientOptions) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` }, ...(customFetch ? { fetch: customFetch } : {}) });
}

export type ShoeboxClient = ReturnType<typeof createShoeboxClient>;
