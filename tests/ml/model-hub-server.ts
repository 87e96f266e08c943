// A stand-in for the model hub on loopback: serves a folder of models at the hub's address
// layout (/<owner>/<name>/resolve/main/<file>), so the real download path of transformers.js
// (fetch, progress, cache writes) runs in tests. 404 for anything else.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

export async function startModelHub(root: string, port = 0): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const match = /^\/([\w.-]+\/[\w.-]+)\/resolve\/main\/([\w./-]+)$/.exec(req.url ?? '');
    requests.push(`${req.method} ${req.url}`);
    const file = match && !match[2].includes('..') ? path.join(root, match[1], match[2]) : null;
    const size = file ? await stat(file).then((s) => (s.isFile() ? s.size : null), () => null) : null;
    if (!file || size === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': size, 'content-type': 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
