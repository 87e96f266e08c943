// The documentation itself: the OpenAPI document and the reference page that renders it.
import { z } from 'zod';
import { type ApiRoutes, media } from './operation';

export const apiDocsRoutes: ApiRoutes = {
  'openapi.json': {
    GET: {
      summary: 'This OpenAPI 3.1 document',
      description: 'Public: it describes the API and holds no data (as Immich does), so scripts and generators can fetch it without a key.',
      access: 'public',
      answers: { 200: { description: 'The document.', json: z.record(z.string(), z.unknown()) } },
    },
  },
  docs: { GET: { summary: 'The API reference page (Swagger UI, served from this server, no CDN)', access: 'public', answers: { 200: media('HTML.', 'text/html') } } },
  'docs/[file]': {
    GET: {
      summary: 'A file of the reference page (Swagger UI’s bundle and styles, our start script)',
      access: 'public',
      path: z.object({ file: z.string().meta({ description: 'One of a fixed list of file names; anything else answers 404.' }) }),
      answers: { 200: media('The file.', 'text/javascript', 'text/css', 'image/png') },
    },
  },
};
