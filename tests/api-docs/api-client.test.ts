// The typed client (lib/api-client) and the README's example against the real route handlers on
// a loopback HTTP server: an API key made the way Settings makes one, the example's calls
// answered, and the generated types not stale (the committed schema.d.ts is what
// `npm run api:types` makes from today's document).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShoeboxClient } from '@/lib/api-client/create-shoebox-client';
import { libraryReport } from '@/lib/api-client/example-library-report';
import { generateApiTypes } from '@/lib/api-client/generate-api-types';
import { createApiKey } from '@/lib/auth/create-api-key';
import { refreshTimelineCounts } from '@/lib/timeline/refresh-monthly-counts';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';
import { routeApiRequest } from '../support/api-router';
import { startLoopbackWebServer } from '../support/loopback-web-server';

let server: Awaited<ReturnType<typeof startLoopbackWebServer>>;
let readKey: string;

beforeAll(async () => {
  const user = await createUser();
  const library = await libraryOwner(user.id);
  await createAsset(library, { local: '2023-08-14 09:30:00', relPath: 'holidays/beach-day.jpg' });
  await createAsset(library, { local: '2023-08-15 18:00:00', type: 'video', durationMs: 4000, relPath: 'holidays/waves.mp4' });
  await refreshTimelineCounts();
  readKey = (await createApiKey(user.id, { name: 'report script', scope: 'read' })).secret;
  server = await startLoopbackWebServer(routeApiRequest);
});

afterAll(async () => {
  await server?.close();
});

describe('the typed client', () => {
  it('runs the README example over HTTP with an API key', async () => {
    const shoebox = createShoeboxClient({ baseUrl: server.base, apiKey: readKey });
    const report = await libraryReport(shoebox, 'beach');
    const user = await createShoeboxClient({ baseUrl: server.base, apiKey: readKey }).GET('/api/me');
    expect(report.name).toBe(user.data?.user.name);
    expect(report.months).toEqual(['2023-08: 1 photos, 1 videos']);
    expect(report.found).toContain('beach-day.jpg');
  });

  it('passes path parameters and answers documented errors as typed values', async () => {
    const shoebox = createShoeboxClient({ baseUrl: server.base, apiKey: readKey });
    const missing = await shoebox.GET('/api/assets/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('not_found');
    // A read-only key may not write.
    const write = await shoebox.POST('/api/tags', { body: { name: 'Summer' } });
    expect(write.response.status).toBe(403);
  });

  it('is refused without a valid key', async () => {
    const shoebox = createShoeboxClient({ baseUrl: server.base, apiKey: 'sbk_not-a-key' });
    const { error, response } = await shoebox.GET('/api/me');
    expect(response.status).toBe(401);
    expect(error?.error.code).toBe('unauthorized');
  });
});

describe('the generated types', () => {
  it('lib/api-client/schema.d.ts is what `npm run api:types` makes from the document now', async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../../lib/api-client/schema.d.ts'), 'utf8');
    // toBe, not a diff of 11,000 lines: the message says what to do.
    expect(committed === (await generateApiTypes()), 'The document changed: run `npm run api:types` and commit lib/api-client/schema.d.ts').toBe(true);
  });
});
