// Media is served by asset id → database path → real path inside the library root. Nothing
// the request says can name a file: traversal-shaped ids, encoded or absolute ones and NUL are
// 404s; a database path that escapes the root, or a file swapped for a symlink pointing out of
// it, is refused; an original that is HTML is never served as a page of ours.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as original } from '@/app/api/assets/[id]/original/route';
import { GET as thumbnail } from '@/app/api/assets/[id]/thumbnail/route';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';

const SECRET = 'OUTSIDE-THE-LIBRARY-SECRET';
let cookie: string;
let ids: Record<string, string>;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-root-'));
  const outside = await mkdtemp(path.join(os.tmpdir(), 'shoebox-outside-'));
  await writeFile(path.join(outside, 'secret.jpg'), SECRET);
  await writeFile(path.join(root, 'inside.jpg'), 'INSIDE-BYTES');
  await writeFile(path.join(root, 'swapped.jpg'), 'WAS-HERE-AT-SCAN');
  await writeFile(path.join(root, 'page.html'), '<script>alert(document.cookie)</script>');
  const owner = await createUser();
  cookie = (await signIn(owner.id)).cookie;
  const library = await prisma().library.create({ data: { ownerId: owner.id, name: 'L', rootPath: root } });
  const make = (relPath: string, mime: string) =>
    prisma().asset.create({
      data: { ownerId: owner.id, libraryId: library.id, type: 'photo', relPath, size: 1, mtime: new Date(), takenAtLocal: new Date(), ingestStatus: 'ready', mime },
    });
  ids = {
    inside: (await make('inside.jpg', 'image/jpeg')).id,
    escapes: (await make(`../${path.basename(outside)}/secret.jpg`, 'image/jpeg')).id,
    absolute: (await make(path.join(outside, 'secret.jpg'), 'image/jpeg')).id,
    swapped: (await make('swapped.jpg', 'image/jpeg')).id,
    html: (await make('page.html', 'text/html')).id,
  };
  // After the scan, the file is replaced by a symlink pointing out of the root.
  await rm(path.join(root, 'swapped.jpg'));
  await symlink(path.join(outside, 'secret.jpg'), path.join(root, 'swapped.jpg'));
});

async function get(handler: typeof original, id: string) {
  const res = await handler(request(`/api/assets/${encodeURIComponent(id)}/x`, { cookie }), params({ id }));
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('media by id only', () => {
  it.each(['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', '/etc/passwd', 'abc\0def', '....//....//etc/passwd'])(
    'answers 404 to the id %j on both media routes',
    async (id) => {
      for (const handler of [original, thumbnail]) {
        const res = await get(handler, id);
        expect(res.status).toBe(404);
        expect(res.body).not.toMatch(/root:|OUTSIDE/);
      }
    },
  );

  it('refuses database paths that escape the root and files swapped for a symlink out of it', async () => {
    for (const key of ['escapes', 'absolute', 'swapped']) {
      const res = await get(original, ids[key]);
      expect(res.status, key).toBe(404);
      expect(res.body, key).not.toContain(SECRET);
    }
  });

  it('serves a file inside the root as a download, and an HTML original never as a page', async () => {
    const inside = await get(original, ids.inside);
    expect([inside.status, inside.body]).toEqual([200, 'INSIDE-BYTES']);
    expect(inside.headers.get('content-disposition')).toMatch(/^attachment;/);
    const html = await get(original, ids.html);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('application/octet-stream');
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
