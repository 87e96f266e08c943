// Images of performers (studios and tags share the code): an upload (multipart or raw body)
// decoded by sharp and kept as WebP ≤ 600 px, a frame picked from a video the user can read,
// served with an ETag; anything that is not an image is 422.
import { copyFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { corpusPath } from '../support/corpus';
import { params, request } from '../support/factories';
import { addVideo, getOne, household, image, made } from './helpers';

const post = (cookie: string, id: string, init: { body?: BodyInit; json?: unknown; type?: string }) =>
  image.POST(
    request(`/api/performers/${id}/image`, { method: 'POST', cookie, json: init.json, body: init.body, headers: init.type ? { 'content-type': init.type } : undefined }),
    params({ id }),
  );
const get = (cookie: string, id: string, etag?: string) =>
  image.GET(request(`/api/performers/${id}/image`, { cookie, headers: etag ? { 'if-none-match': etag } : undefined }), params({ id }));

describe('performer images', () => {
  it('takes an upload, serves it as WebP within 600 px with an ETag, and refuses what is not an image', async () => {
    const h = await household();
    const p = await made(h.owner.cookie, 'performers', { name: 'P' });
    const jpeg = readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'));
    const big = await sharp(jpeg).resize(1800).jpeg().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(big)], { type: 'image/jpeg' }), 'p.jpg');
    const up = await post(h.owner.cookie, p, { body: form });
    expect(up.status).toBe(200);
    const { imageUrl } = await up.json();
    expect(imageUrl).toMatch(new RegExp(`^/api/performers/${p}/image\\?v=\\d+$`));
    expect((await getOne(h.owner.cookie, 'performers', p)).body.imageUrl).toBe(imageUrl);
    const res = await get(h.owner.cookie, p);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('private');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, Math.max(meta.width!, meta.height!)]).toEqual(['webp', 600]);
    expect((await get(h.owner.cookie, p, res.headers.get('etag')!)).status).toBe(304);

    for (const body of [Buffer.from('not an image at all'), Buffer.alloc(0)]) {
      const bad = await post(h.owner.cookie, p, { body: new Uint8Array(body), type: 'application/octet-stream' });
      expect(bad.status).toBe(422);
    }
    const huge = await post(h.owner.cookie, p, { body: new Uint8Array(11 * 1024 * 1024), type: 'image/jpeg' });
    expect(huge.status).toBe(413);
    // A raw body works too, and replaces the old file.
    const oldKey = (await prisma().person.findUniqueOrThrow({ where: { id: p } })).imageKey;
    expect((await post(h.owner.cookie, p, { body: new Uint8Array(jpeg), type: 'image/jpeg' })).status).toBe(200);
    expect((await prisma().person.findUniqueOrThrow({ where: { id: p } })).imageKey).not.toBe(oldKey);
    // The member may see it, not change it.
    expect((await post(h.member.cookie, p, { body: new Uint8Array(jpeg), type: 'image/jpeg' })).status).toBe(404);
  });

  it('takes a frame of a video the user can read, and refuses one they cannot', async () => {
    const h = await household();
    const p = await made(h.owner.cookie, 'performers', { name: 'P' });
    await copyFile(corpusPath('videos/androidx/mp4_sample.mp4'), path.join(h.family.rootPath, 'clip.mp4'));
    const v = await addVideo(h.family, { relPath: 'clip.mp4', durationMs: 10_000 });
    const ok = await post(h.owner.cookie, p, { json: { assetId: v, seconds: 1 } });
    expect(ok.status).toBe(200);
    const meta = await sharp(Buffer.from(await (await get(h.owner.cookie, p)).arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(600);
    const foreign = await addVideo(h.strangerLib);
    expect((await post(h.owner.cookie, p, { json: { assetId: foreign, seconds: 1 } })).status).toBe(404);
    expect((await post(h.owner.cookie, p, { json: { assetId: v, seconds: 999 } })).status).toBe(422);
    expect((await post(h.owner.cookie, p, { json: { assetId: v, seconds: -1 } })).status).toBe(422);
  });
});
