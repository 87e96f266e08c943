// "Download all" under a shared link: one ZIP of the originals the link grants, byte for byte,
// only when the link allows downloads (a link without downloads never serves an original, in a
// ZIP either), and never the owner's other photos.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as downloadRoute } from '@/app/api/s/[token]/download/route';
import { params, request } from '../support/factories';
import { readZip } from '../downloads/zip-helpers';
import { createLink, ownerWithGpsPhotos, tokenOf } from './link-fixtures';

let fx: Awaited<ReturnType<typeof ownerWithGpsPhotos>>;
beforeAll(async () => {
  fx = await ownerWithGpsPhotos();
}, 180_000);

const download = (token: string) => downloadRoute(request(`/api/s/${token}/download`, { headers: { 'x-forwarded-for': '203.0.113.9' } }), params({ token }));

async function linkTo(body: Record<string, unknown>) {
  const { res, body: created } = await createLink(fx.cookie, body);
  expect(res.status).toBe(201);
  return tokenOf(created!.path);
}

describe('a shared link’s Download all', () => {
  it('is the granted originals, byte for byte, in one ZIP with an exact length', async () => {
    const chosen = fx.assets.slice(0, 2);
    expect(chosen).toHaveLength(2);
    const token = await linkTo({ assetIds: chosen.map((a) => a.id), title: 'Trip', showMetadata: true, allowDownload: true });
    const res = await download(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('Trip.zip');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const entries = new Map(await readZip(bytes));
    expect([...entries.keys()].sort()).toEqual(chosen.map((a) => path.basename(a.relPath)).sort());
    for (const a of chosen) expect(entries.get(path.basename(a.relPath))!.equals(await readFile(path.join(fx.library.rootPath, a.relPath)))).toBe(true);
  });

  it('is refused when the link does not allow downloads, and a 404 for an unknown link', async () => {
    const token = await linkTo({ assetIds: [fx.assets[0].id] });
    const refused = await download(token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('forbidden');
    expect((await download('x'.repeat(32))).status).toBe(404);
  });
});
