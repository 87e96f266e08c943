// The web side of bench/upload.ts in its own process (so it can be killed mid-upload): a plain
// Node HTTP server handing /api/uploads/tus requests to the real route handlers (auth wrapper,
// tus server, our hooks, PostgreSQL), and PUT /raw/<name> for the baseline (body → file, no checks).
// DATABASE_URL, DATA_DIR and PORT come from the parent.
import { createWriteStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const port = Number(process.env.BENCH_UPLOAD_PORT);
const rawDir = process.env.BENCH_RAW_DIR!;
const create = await import('../../app/api/uploads/tus/route');
const byId = (await import('../../app/api/uploads/tus/[id]/route')) as Record<string, typeof create.POST>;

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === 'PUT' && req.url?.startsWith('/raw/')) {
      await pipeline(req, createWriteStream(path.join(rawDir, path.basename(req.url))));
      res.writeHead(201).end();
      return;
    }
    const hasBody = req.method === 'POST' || req.method === 'PATCH';
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit);
    const handler = req.url === '/api/uploads/tus' ? create.POST : byId[req.method ?? ''];
    if (!handler) {
      res.writeHead(405).end();
      return;
    }
    const response = await handler(request, { params: Promise.resolve({}) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(port, '127.0.0.1', () => process.send?.('ready'));
