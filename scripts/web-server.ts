// The web process started by `npm start` / `npm run dev`: Next's request handler behind our
// own HTTP server, so that every request carries the TCP peer's address (see
// lib/server/create-web-server.ts). Same port, host and behaviour as `next start` / `next dev`.
import next from 'next';
import { createWebServer } from '@/lib/server/create-web-server';
import { loadDirectRoutes } from '@/scripts/direct-route-table';
import { directRouteFor } from '@/lib/server/direct-routes';
import { env } from '@/lib/server/env';

const dev = process.argv.includes('--dev');
const app = next({ dev, hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
// The thumbnail and the timeline's month skip Next's router (scripts/direct-route-table.ts).
const direct = directRouteFor(await loadDirectRoutes(), dev);
const server = createWebServer(handle, direct);
server.listen(env.PORT, env.HOST, () => {
  console.log(`[shoebox] web server listening on ${env.HOST}:${env.PORT}${dev ? ' (dev)' : ''}`);
});
