// ZIP downloads of chosen photos and videos: POST /api/downloads answers a ticket, GET
// /api/downloads/<ticket> streams the ZIP. The archive holds the originals byte for byte under
// their own (de-duplicated) names, announces its exact length, and only its user gets it.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_ITEMS, MISSING_NOTE_NAME } from '@/lib/downloads/downloads.schemas';
import { prisma } from '@/lib/server/db';
import { corpusPath } from '../support/corpus';
import { askTicket, downloadZip, fetchTicket, libraryWith, readZip, setAssetStatus, signedInUser } from './zip-helpers';

const FILES = {
  '2024/summer/DSCN0010.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
  '2024/winter/DSCN0010.jpg': 'photos/exif-samples/jpg/gps/DSCN0021.jpg',
  '2024/winter/dscn0010.JPG': 'photos/exif-samples/jpg/gps/DSCN0025.jpg',
  'phone/Été 🌞.HEIC': 'photos/exif-samples/heic/IMG_5195.HEIC',
  'videos/clip.mp4': 'videos/androidx/mp4_sample.mp4',
};

describe('POST /api/downloads + GET /api/downloads/:ticket', () => {
  it('streams the originals byte for byte, under their own names made unique, with an exact Content-Length', async () => {
    const { user, cookie } = await signedInUser();
    const { ids } = await libraryWith(user.id, FILES);
    const ticketRes = await askTicket(cookie, { ids });
    expect(ticketRes.status).toBe(201);
    const ticket = await ticketRes.json();
    expect(ticket).toMatchObject({ url: expect.stringMatching(/^\/api\/downloads\/[\w-]{43}$/), fileName: 'Shoebox - 5 items.zip', items: 5, missing: [] });

    const res = await fetchTicket(cookie, ticket.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('filename="Shoebox - 5 items.zip"');
    const zip = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(zip.length);

    const entries = await readZip(zip);
    expect(entries.map(([name]) => name)).toEqual(['DSCN0010.jpg', 'DSCN0010 (2).jpg', 'dscn0010 (3).JPG', 'Été 🌞.HEIC', 'clip.mp4']);
    const originals = Object.values(FILES);
    for (const [i, [, bytes]] of entries.entries()) expect(bytes.equals(await readFile(corpusPath(originals[i])))).toBe(true);
    expect(ticket.bytes).toBe(entries.reduce((sum, [, b]) => sum + b.length, 0));
  });

  it('keeps the order the items were chosen in, and counts an id given twice once', async () => {
    const { user, cookie } = await signedInUser();
    const { ids } = await libraryWith(user.id, { 'a.jpg': 'photos/exif-samples/jpg/gps/DSCN0012.jpg', 'b.jpg': 'photos/exif-samples/jpg/gps/DSCN0027.jpg' });
    const res = await downloadZip(cookie, { ids: [ids[1], ids[0], ids[1].toUpperCase()] });
    expect((await readZip(Buffer.from(await res.arrayBuffer()))).map(([name]) => name)).toEqual(['b.jpg', 'a.jpg']);
  });

  it("answers 404 for a stranger's item, alone or among the user's own (all or nothing)", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const { ids: hers } = await libraryWith(alice.user.id, { 'private.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    const { ids: his } = await libraryWith(bob.user.id, { 'mine.jpg': 'photos/exif-samples/jpg/gps/DSCN0012.jpg' });
    for (const ids of [hers, [...his, ...hers], ['00000000-0000-4000-8000-000000000000']]) {
      const res = await askTicket(bob.cookie, { ids });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('private.jpg');
    }
    expect(await prisma().downloadTicket.count({ where: { userId: bob.user.id } })).toBe(0);
  });

  it("gives a ticket only to its user: another user's ticket, an expired one and a made-up one are 404", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const { ids } = await libraryWith(alice.user.id, { 'private.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    const { url } = await (await askTicket(alice.cookie, { ids })).json();
    expect((await fetchTicket(bob.cookie, url)).status).toBe(404);
    expect((await fetchTicket(alice.cookie, url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A'))).status).toBe(404);
    expect((await fetchTicket(alice.cookie, '/api/downloads/not-a-ticket')).status).toBe(404);
    // Only the token's hash is kept.
    const [row] = await prisma().downloadTicket.findMany({ where: { userId: alice.user.id } });
    expect(Buffer.from(row.tokenHash).toString('base64url')).not.toBe(url.split('/').pop());
    await prisma().downloadTicket.updateMany({ where: { userId: alice.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetchTicket(alice.cookie, url)).status).toBe(404);
  });

  it('asks for access again when the ticket is used: an asset unshared meanwhile is a 404', async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const { ids, libraryId } = await libraryWith(alice.user.id, { 'shared.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    await prisma().libraryMember.create({ data: { libraryId, userId: bob.user.id } });
    const { url } = await (await askTicket(bob.cookie, { ids })).json();
    await prisma().libraryMember.deleteMany({ where: { libraryId, userId: bob.user.id } });
    expect((await fetchTicket(bob.cookie, url)).status).toBe(404);
  });

  it('refuses more than the item limit (422) and an empty list (422), and a request without a session (401)', async () => {
    const { cookie } = await signedInUser();
    const tooMany = Array.from({ length: MAX_ZIP_ITEMS + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const res = await askTicket(cookie, { ids: tooMany });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('at most 10,000');
    expect((await askTicket(cookie, { ids: [] })).status).toBe(422);
    expect((await askTicket(cookie, { ids: 'x' })).status).toBe(422);
    expect((await askTicket(cookie, {})).status).toBe(422);
    expect((await askTicket(cookie, { ids: [tooMany[0]], albumId: tooMany[0] })).status).toBe(422);
    expect((await askTicket('', { ids: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(401);
  });

  it('leaves out offline and vanished files, says so in the ticket and in a note inside the ZIP', async () => {
    const { user, cookie } = await signedInUser();
    const { ids, root } = await libraryWith(user.id, {
      'kept.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
      'offline.jpg': 'photos/exif-samples/jpg/gps/DSCN0012.jpg',
      'gone.jpg': 'photos/exif-samples/jpg/gps/DSCN0021.jpg',
    });
    await setAssetStatus(ids[1], 'offline');
    await rm(path.join(root, 'gone.jpg'));
    const ticketRes = await askTicket(cookie, { ids });
    expect(ticketRes.status).toBe(201);
    const ticket = await ticketRes.json();
    expect(ticket.items).toBe(1);
    expect(ticket.missing).toEqual([
      { id: ids[1], fileName: 'offline.jpg' },
      { id: ids[2], fileName: 'gone.jpg' },
    ]);
    const res = await fetchTicket(cookie, ticket.url);
    const zip = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(zip.length);
    const entries = await readZip(zip);
    expect(entries.map(([name]) => name)).toEqual(['kept.jpg', MISSING_NOTE_NAME]);
    const note = entries[1][1].toString('utf8');
    expect(note).toContain('offline.jpg');
    expect(note).toContain('gone.jpg');
    expect(note).toContain('not included');
  });

  it('includes an item in its owner’s trash when the owner chooses it (the file is still there)', async () => {
    const { user, cookie } = await signedInUser();
    const { ids } = await libraryWith(user.id, { 'binned.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    await setAssetStatus(ids[0], 'trashed');
    const entries = await readZip(Buffer.from(await (await downloadZip(cookie, { ids })).arrayBuffer()));
    expect(entries.map(([n]) => n)).toEqual(['binned.jpg']);
  });

  it('refuses (409, listing them) when none of the files can be read', async () => {
    const { user, cookie } = await signedInUser();
    const { ids, root } = await libraryWith(user.id, { 'gone.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    await rm(path.join(root, 'gone.jpg'));
    const res = await askTicket(cookie, { ids });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details.missing).toEqual([{ id: ids[0], fileName: 'gone.jpg' }]);
  });

  it('never follows a path from outside the library: a symlink out of it is left out', async () => {
    const { user, cookie } = await signedInUser();
    const { ids, root } = await libraryWith(user.id, { 'ok.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg' });
    const { symlink } = await import('node:fs/promises');
    await symlink('/etc/passwd', path.join(root, 'escape.jpg'));
    const { createAsset } = await import('../support/asset-factory');
    const libraryId = (await prisma().asset.findUniqueOrThrow({ where: { id: ids[0] } })).libraryId;
    const escape = await createAsset({ ownerId: user.id, libraryId }, { local: '2024-05-01 12:00:00', relPath: 'escape.jpg' });
    const ticket = await (await askTicket(cookie, { ids: [...ids, escape] })).json();
    expect(ticket.missing).toEqual([{ id: escape, fileName: 'escape.jpg' }]);
    const entries = await readZip(Buffer.from(await (await fetchTicket(cookie, ticket.url)).arrayBuffer()));
    expect(entries.map(([n]) => n)).toEqual(['ok.jpg', MISSING_NOTE_NAME]);
    expect(entries.some(([, b]) => b.toString('latin1').includes('root:'))).toBe(false);
  });
});
