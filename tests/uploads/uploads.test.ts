// Resumable uploads (tus) end to end through the route handlers: create, send, resume after the
// server object is made anew over the same store (a restart), the checks at completion
// (checksum, content, duplicate), limits (largest file, quota under parallel creations), another
// user's upload id, cancel and cleanup, and the uploaded file becoming an ingested photo.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as adminLimitsRoute from '@/app/api/admin/upload-limits/route';
import * as checkRoute from '@/app/api/uploads/check/route';
import * as listRoute from '@/app/api/uploads/route';
import { prisma } from '@/lib/server/db';
import { cleanupUploads } from '@/lib/uploads/cleanup-uploads';
import { createUploadServer } from '@/lib/uploads/tus-server';
import { datedFolder, ownUploadRoot, partialUploadsDir } from '@/lib/uploads/upload-paths';
import type { UploadList } from '@/lib/uploads/uploads.schemas';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';
import { runQueuedJobs } from '../support/run-jobs';
import { createUpload, deleteUpload, headUpload, patchUpload, refusal, sha1, uploadPath } from './tus-calls';

const photo = () => readFile(corpusPath('immich-test-assets/nature/prairie_falcon.jpg'));
const noParams = params({});

async function signedIn() {
  const user = await createUser();
  const { cookie, sessionId } = await signIn(user.id);
  return { user, cookie, sessionId };
}

/** Bytes that are not any media format (the uploads under the quota test never finish). */
const noise = (n: number) => randomBytes(n);

async function listUploads(cookie: string): Promise<UploadList> {
  return (await listRoute.GET(request('/api/uploads', { cookie }), noParams)).json() as Promise<UploadList>;
}

async function uploadWhole(cookie: string, name: string, bytes: Buffer) {
  const created = await createUpload(cookie, { name, bytes });
  expect(created.status, await created.clone().text()).toBe(201);
  return patchUpload(cookie, uploadPath(created), 0, bytes);
}

describe('tus uploads', () => {
  it('takes a photo in two parts across a server restart, files it by month and ingests it', async () => {
    const { user, cookie } = await signedIn();
    const bytes = await photo();
    const half = Math.floor(bytes.length / 2);
    const created = await createUpload(cookie, { name: 'Falcon.jpg', bytes });
    expect(created.status).toBe(201);
    const at = uploadPath(created);
    expect((await headUpload(cookie, at)).headers.get('upload-offset')).toBe('0');
    expect((await patchUpload(cookie, at, 0, bytes.subarray(0, half))).headers.get('upload-offset')).toBe(String(half));
    expect((await listUploads(cookie)).uploads[0]).toMatchObject({ fileName: 'Falcon.jpg', offset: half, status: 'uploading' });

    // A new server over the same folder, as after a restart: it knows the offset from disk.
    const restarted = createUploadServer(partialUploadsDir());
    const session = { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: null, via: 'cookie' as const, scope: 'read_write' as const };
    const head = await restarted.handle(request(at, { method: 'HEAD', cookie, headers: { 'tus-resumable': '1.0.0' } }), session);
    expect(head.headers.get('upload-offset')).toBe(String(half));
    const rest = await restarted.handle(
      request(at, { method: 'PATCH', cookie, headers: { 'tus-resumable': '1.0.0', 'upload-offset': String(half), 'content-type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(half)) }),
      session,
    );
    expect(rest.status).toBe(204);
    const assetId = rest.headers.get('upload-asset-id')!;
    expect(assetId).toMatch(/^[0-9a-f-]{36}$/);

    const root = ownUploadRoot(user.id);
    const relPath = path.join(datedFolder(new Date()), 'Falcon.jpg');
    expect((await readFile(path.join(root, relPath))).equals(bytes)).toBe(true);
    expect(existsSync(path.join(partialUploadsDir(), at.split('/').pop()!))).toBe(false); // nothing left behind
    const library = await prisma().library.findFirstOrThrow({ where: { ownerId: user.id } });
    expect(library.rootPath.endsWith(path.join('uploads', user.id))).toBe(true);

    await runQueuedJobs();
    const asset = await prisma().asset.findUniqueOrThrow({ where: { id: assetId } });
    expect(asset).toMatchObject({ ownerId: user.id, libraryId: library.id, relPath, type: 'photo', ingestStatus: 'ready' });
    expect(Buffer.from(asset.checksum!).toString('hex')).toBe(sha1(bytes));
    const listed = await listUploads(cookie);
    expect(listed.uploads[0]).toMatchObject({ status: 'done', assetId, ingested: true, offset: bytes.length });
    expect(listed.limits.usedBytes).toBe(bytes.length);

    // The same name again in the same month gets " (2)"; the first file is untouched.
    const other = Buffer.concat([bytes, Buffer.from('different tail')]);
    expect((await uploadWhole(cookie, 'Falcon.jpg', other)).status).toBe(204);
    expect(existsSync(path.join(root, datedFolder(new Date()), 'Falcon (2).jpg'))).toBe(true);
  });

  it('refuses a file whose SHA-1 is not the announced one, and removes it', async () => {
    const { user, cookie } = await signedIn();
    const bytes = await photo();
    const created = await createUpload(cookie, { name: 'a.jpg', bytes, checksum: sha1(Buffer.from('something else')) });
    const res = await patchUpload(cookie, uploadPath(created), 0, bytes);
    expect(res.status).toBe(422);
    expect((await refusal(res)).details.reason).toBe('checksum_mismatch');
    expect(existsSync(path.join(partialUploadsDir(), uploadPath(created).split('/').pop()!))).toBe(false);
    expect(existsSync(path.join(ownUploadRoot(user.id), datedFolder(new Date()), 'a.jpg'))).toBe(false);
    expect((await listUploads(cookie)).uploads[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('SHA-1') });
    expect(await prisma().asset.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('refuses by content: a zip named .jpg is removed; a video named .jpg is kept as .mp4', async () => {
    const { user, cookie } = await signedIn();
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('file.txtHello'), randomBytes(200)]);
    const res = await uploadWhole(cookie, 'holiday.jpg', zip);
    expect(res.status).toBe(422);
    expect((await refusal(res)).details.reason).toBe('not_media');
    expect((await listUploads(cookie)).uploads[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('not a photo or video') });
    expect(await readdir(path.join(ownUploadRoot(user.id)))).toEqual([]);

    const video = await readFile(corpusPath('videos/androidx/mp4_sample.mp4'));
    const ok = await uploadWhole(cookie, 'clip.jpg', video);
    expect(ok.status).toBe(204);
    const asset = await prisma().asset.findUniqueOrThrow({ where: { id: ok.headers.get('upload-asset-id')! } });
    expect(asset).toMatchObject({ type: 'video', relPath: path.join(datedFolder(new Date()), 'clip.mp4') });
    expect(existsSync(path.join(ownUploadRoot(user.id), asset.relPath))).toBe(true);
  });

  it('refuses a duplicate before any byte is sent, and at completion when two raced, naming the photo', async () => {
    const { cookie } = await signedIn();
    const bytes = await photo();
    // Two uploads of the same file, both created before either finishes (the early check passes twice).
    const first = await createUpload(cookie, { name: 'one.jpg', bytes });
    const second = await createUpload(cookie, { name: 'two.jpg', bytes });
    expect([first.status, second.status]).toEqual([201, 201]);
    const done = await patchUpload(cookie, uploadPath(first), 0, bytes);
    const assetId = done.headers.get('upload-asset-id')!;
    const raced = await patchUpload(cookie, uploadPath(second), 0, bytes);
    expect(raced.status).toBe(409);
    expect(await refusal(raced)).toMatchObject({ details: { reason: 'duplicate', assetId } });

    // Now the check and a creation both say so before sending anything.
    const check = await checkRoute.POST(request('/api/uploads/check', { method: 'POST', cookie, json: { checksums: [sha1(bytes), sha1(Buffer.from('new'))] } }), noParams);
    expect(await check.json()).toEqual({ duplicates: [{ checksum: sha1(bytes), assetId }] });
    const again = await createUpload(cookie, { name: 'three.jpg', bytes });
    expect(again.status).toBe(409);
    expect(await refusal(again)).toMatchObject({ message: expect.stringContaining('already'), details: { reason: 'duplicate', assetId } });
    // Someone else may upload the same photo: it is not in their library.
    const stranger = await signedIn();
    expect((await createUpload(stranger.cookie, { name: 'mine.jpg', bytes })).status).toBe(201);
  });

  it('holds the largest file an administrator sets, with a clear 413', async () => {
    const admin = await signedIn();
    await prisma().user.update({ where: { id: admin.user.id }, data: { role: 'admin' } });
    const set = await adminLimitsRoute.PATCH(request('/api/admin/upload-limits', { method: 'PATCH', cookie: admin.cookie, json: { maxFileBytes: 1000 } }), noParams);
    expect(set.status).toBe(200);
    const { cookie } = await signedIn();
    const res = await createUpload(cookie, { name: 'big.jpg', bytes: noise(10), length: 1001 });
    expect(res.status).toBe(413);
    expect(await refusal(res)).toMatchObject({ message: expect.stringContaining('largest file'), details: { reason: 'too_big' } });
    expect((await createUpload(cookie, { name: 'ok.jpg', bytes: noise(1000) })).status).toBe(201);
    await adminLimitsRoute.PATCH(request('/api/admin/upload-limits', { method: 'PATCH', cookie: admin.cookie, json: { maxFileBytes: 20 * 1024 ** 3 } }), noParams);
  });

  it('holds the quota under 20 parallel creations, counting the library and running uploads', async () => {
    const { user, cookie } = await signedIn();
    const bytes = await photo();
    expect((await uploadWhole(cookie, 'in-library.jpg', bytes)).status).toBe(204);
    const MB = 1024 * 1024;
    await prisma().user.update({ where: { id: user.id }, data: { uploadQuotaBytes: BigInt(bytes.length + 7 * MB) } });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => createUpload(cookie, { name: `p${i}.jpg`, bytes: noise(16), length: MB })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(7);
    expect(statuses.filter((s) => s === 413)).toHaveLength(13);
    const refused = await refusal(results[statuses.indexOf(413)]);
    expect(refused).toMatchObject({ code: 'payload_too_large', details: { reason: 'over_quota' } });
    expect(refused.message).toMatch(/quota/);
    expect((await listUploads(cookie)).limits).toMatchObject({ quotaBytes: bytes.length + 7 * MB, usedBytes: bytes.length + 7 * MB });

    // Cancelling one frees its reservation.
    const cancel = await deleteUpload(cookie, uploadPath(results[statuses.indexOf(201)]));
    expect(cancel.status).toBe(204);
    expect((await createUpload(cookie, { name: 'after.jpg', bytes: noise(16), length: MB })).status).toBe(201);
  });

  it("answers 404 to another user's upload id, and the owner carries on", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const bytes = await photo();
    const at = uploadPath(await createUpload(owner.cookie, { name: 'private.jpg', bytes }));
    expect((await headUpload(other.cookie, at)).status).toBe(404);
    expect((await patchUpload(other.cookie, at, 0, bytes)).status).toBe(404);
    expect((await deleteUpload(other.cookie, at)).status).toBe(404);
    expect((await headUpload(owner.cookie, at)).headers.get('upload-offset')).toBe('0');
    expect((await patchUpload(owner.cookie, at, 0, bytes)).status).toBe(204);
    expect((await listUploads(other.cookie)).uploads).toEqual([]);
  });

  it('removes uploads left unfinished for a day', async () => {
    const { cookie } = await signedIn();
    const bytes = await photo();
    const at = uploadPath(await createUpload(cookie, { name: 'slow.jpg', bytes }));
    await patchUpload(cookie, at, 0, bytes.subarray(0, 100));
    const tusId = at.split('/').pop()!;
    await prisma().upload.update({ where: { tusId }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    await utimes(path.join(partialUploadsDir(), tusId), new Date(), new Date());
    expect(await cleanupUploads()).toBe(1);
    expect(existsSync(path.join(partialUploadsDir(), tusId))).toBe(false);
    expect((await listUploads(cookie)).uploads[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('within a day') });
    expect((await headUpload(cookie, at)).status).toBe(404);
  });
});
