// The OpenAPI document against the code: every route file under app/api and every method it
// exports is documented (a new route without an entry fails here, naming it), nothing is
// documented that does not exist, an external validator accepts the document, and the routes
// that serve it answer: the document, the reference page, and only the page's own files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { GET as getDocsFile } from '@/app/api/docs/[file]/route';
import { GET as getDocsPage } from '@/app/api/docs/route';
import { GET as getOpenApi } from '@/app/api/openapi.json/route';
import { apiSections } from '@/lib/api-docs/api-routes';
import { buildOpenApiDocument } from '@/lib/api-docs/build-openapi-document';
import { HTTP_METHODS } from '@/lib/api-docs/operation';
import { params, request } from '../support/factories';

const apiDir = path.resolve(import.meta.dirname, '../../app/api');

function routeFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    return entry.name === 'route.ts' ? [prefix] : [];
  });
}

/** `GET assets/[id]` for every handler a route file exports (`export const GET`, `export async function GET`). */
function handlersOnDisk(): string[] {
  return routeFiles(apiDir).flatMap((route) => {
    const source = readFileSync(path.join(apiDir, route, 'route.ts'), 'utf8');
    const methods = [...source.matchAll(/^export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/gm)].map(([, m]) => m);
    return methods.filter((m) => (HTTP_METHODS as readonly string[]).includes(m)).map((m) => `${m} ${route}`);
  });
}

function handlersDocumented(): string[] {
  return apiSections.flatMap(({ routes }) => Object.entries(routes).flatMap(([route, ops]) => Object.keys(ops).map((m) => `${m} ${route}`)));
}

describe('the OpenAPI document covers the API', () => {
  it('documents every handler of every route file under app/api', () => {
    const documented = new Set(handlersDocumented());
    const missing = handlersOnDisk().filter((h) => !documented.has(h));
    expect(missing, `Add these to their domain's lib/api-docs/*.api.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('documents nothing that no route file handles', () => {
    const onDisk = new Set(handlersOnDisk());
    const stale = handlersDocumented().filter((h) => !onDisk.has(h));
    expect(stale, `Documented, but no route file exports them:\n${stale.join('\n')}`).toEqual([]);
  });

  it('documents each route once, in one domain file', () => {
    const routes = apiSections.flatMap(({ routes }) => Object.keys(routes));
    expect(routes.filter((r, i) => routes.indexOf(r) !== i)).toEqual([]);
  });

  it('has every documented handler as an operation of the built document', () => {
    const doc = buildOpenApiDocument('test');
    const operations = Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
      HTTP_METHODS.filter((m) => (item as Record<string, unknown>)[m.toLowerCase()]).map((m) => `${m} ${p}`),
    );
    expect(operations).toHaveLength(handlersOnDisk().length);
    expect(operations).toContain('GET /api/assets/{id}/subtitles/{track}');
    expect(operations).toContain('HEAD /api/assets/{id}/original');
  });
});

describe('the document is valid OpenAPI 3.1', () => {
  it('passes @readme/openapi-parser’s validation (the 3.1 schema and its own rules: unique operationIds, parameters…)', async () => {
    const doc = buildOpenApiDocument('test');
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('the check fails a document with a broken reference (so it can fail)', async () => {
    const doc = structuredClone(buildOpenApiDocument('test')) as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    doc.paths['/api/me'].get.responses['200'] = { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/NoSuchSchema' } } } };
    expect((await validate(doc as never)).valid).toBe(false);
  });

  it('describes the request the routes parse with: the same zod schema', () => {
    const doc = buildOpenApiDocument('test') as unknown as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { properties?: object; required?: string[] } }> } }>> };
    // searchQuerySchema's fields, straight from lib/search/search.schemas.ts.
    const search = doc.paths['/api/search'].get.parameters?.filter((p) => p.in === 'query').map((p) => p.name);
    expect(search).toEqual(expect.arrayContaining(['q', 'type', 'offset', 'limit']));
    const login = doc.paths['/api/auth/login'].post.requestBody?.content['application/json'].schema;
    expect(login?.required).toEqual(['email', 'password']);
  });
});

describe('the routes that serve the documentation', () => {
  it('GET /api/openapi.json answers the document as JSON, to anyone', async () => {
    const res = await getOpenApi(request('/api/openapi.json'), params({}));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { openapi: string; info: { title: string }; paths: object };
    expect(body.openapi).toBe('3.1.0');
    expect(body.info.title).toBe('Shoebox API');
    expect(Object.keys(body.paths)).toContain('/api/timeline/bucket');
  });

  it('GET /api/docs answers the HTML page, which loads only files of our own with no inline script', async () => {
    const res = await getDocsPage(request('/api/docs'), params({}));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs)?.[1])).toEqual(['/api/docs/swagger-ui-bundle.js', '/api/docs/shoebox-docs.js']);
    expect(scripts.every(([, , body]) => body.trim() === '')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('GET /api/docs/:file serves the page’s files from swagger-ui-dist and ours', async () => {
    const bundle = await getDocsFile(request('/api/docs/swagger-ui-bundle.js'), params({ file: 'swagger-ui-bundle.js' }));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await bundle.text()).toContain('SwaggerUIBundle');
    const init = await getDocsFile(request('/api/docs/shoebox-docs.js'), params({ file: 'shoebox-docs.js' }));
    expect(await init.text()).toContain("url: '/api/openapi.json'");
    const css = await getDocsFile(request('/api/docs/swagger-ui.css'), params({ file: 'swagger-ui.css' }));
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('GET /api/docs/:file refuses every name outside its list (404), paths and package files included', async () => {
    for (const file of ['../package.json', '..%2Fpackage.json', 'index.html', 'swagger-ui-bundle.js.map', 'package.json', 'swagger-initializer.js', '__proto__', 'constructor', '']) {
      const res = await getDocsFile(request(`/api/docs/${encodeURIComponent(file)}`), params({ file }));
      expect(res.status, file).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
