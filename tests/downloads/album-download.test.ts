// An album as one ZIP: GET /api/albums/:id/download (and a ticket for { albumId }), for the
// album's owner and members only, its items in the album's order, named after the album.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GET as albumDownloadRoute } from '@/app/api/albums/[id]/download/route';
import { prisma } from '@/lib/server/db';
import type { AlbumOrder } from '@/lib/server/generated/prisma/enums';
import { corpusPath } from '../support/corpus';
import { params, request } from '../support/factories';
import { askTicket, fetchTicket, libraryWith, readZip, setAssetStatus, signedInUser } from './zip-helpers';

const FILES = {
  'a/first.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
  'b/second.jpg': 'photos/exif-samples/jpg/gps/DSCN0012.jpg',
  'c/third.mp4': 'videos/androidx/mp4_sample.mp4',
};

/** Alice's album "Summer / 2024" of her three files, ordered by hand third, first, second; Bob a viewer. */
async function albumWithMember(sortOrder: AlbumOrder = 'manual') {
  const alice = await signedInUser();
  const bob = await signedInUser();
  const { ids } = await libraryWith(alice.user.id, FILES);
  const album = await prisma().album.create({ data: { ownerId: alice.user.id, title: 'Summer / 2024', sortOrder } });
  const positions = [2, 3, 1];
  await prisma().albumAsset.createMany({ data: ids.map((assetId, i) => ({ albumId: album.id, assetId, addedBy: alice.user.id, position: positions[i] })) });
  await prisma().albumMember.create({ data: { albumId: album.id, userId: bob.user.id, role: 'viewer' } });
  return { alice, bob, ids, album };
}

const getAlbumZip = (cookie: string, id: string) => albumDownloadRoute(request(`/api/albums/${id}/download`, { cookie }), params({ id }));

describe('GET /api/albums/:id/download', () => {
  it('gives the owner and a member the album in its order, named after it, byte for byte', async () => {
    const { alice, bob, album } = await albumWithMember();
    for (const { cookie } of [alice, bob]) {
      const res = await getAlbumZip(cookie, album.id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('filename="Summer _ 2024.zip"');
      const zip = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(zip.length);
      const entries = await readZip(zip);
      expect(entries.map(([n]) => n)).toEqual(['third.mp4', 'first.jpg', 'second.jpg']);
      expect(entries[0][1].equals(await readFile(corpusPath(FILES['c/third.mp4'])))).toBe(true);
    }
  });

  it('follows the album’s date order and leaves out items in their owner’s trash', async () => {
    const { alice, ids, album } = await albumWithMember('date_asc');
    await prisma().asset.update({ where: { id: ids[0] }, data: { takenAtLocal: new Date('2024-07-03T10:00:00Z') } });
    await prisma().asset.update({ where: { id: ids[1] }, data: { takenAtLocal: new Date('2024-07-01T10:00:00Z') } });
    await prisma().asset.update({ where: { id: ids[2] }, data: { takenAtLocal: new Date('2024-07-02T10:00:00Z') } });
    await setAssetStatus(ids[2], 'trashed');
    const entries = await readZip(Buffer.from(await (await getAlbumZip(alice.cookie, album.id)).arrayBuffer()));
    expect(entries.map(([n]) => n)).toEqual(['second.jpg', 'first.jpg']);
  });

  it('answers 404 to a stranger, to a removed member (also with a ticket made before), and for a missing album', async () => {
    const { bob, album } = await albumWithMember();
    const stranger = await signedInUser();
    expect((await getAlbumZip(stranger.cookie, album.id)).status).toBe(404);
    expect((await askTicket(stranger.cookie, { albumId: album.id })).status).toBe(404);
    expect((await getAlbumZip(bob.cookie, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await getAlbumZip(bob.cookie, 'not-an-id')).status).toBe(404);
    const ticket = await askTicket(bob.cookie, { albumId: album.id });
    expect(ticket.status).toBe(201);
    const { url, fileName, items } = await ticket.json();
    expect([fileName, items]).toEqual(['Summer _ 2024.zip', 3]);
    await prisma().albumMember.deleteMany({ where: { albumId: album.id, userId: bob.user.id } });
    expect((await getAlbumZip(bob.cookie, album.id)).status).toBe(404);
    expect((await fetchTicket(bob.cookie, url)).status).toBe(404);
  });

  it('streams an album through a ticket ({ albumId }) the same way', async () => {
    const { bob, album } = await albumWithMember();
    const { url } = await (await askTicket(bob.cookie, { albumId: album.id })).json();
    const res = await fetchTicket(bob.cookie, url);
    expect(res.headers.get('content-disposition')).toContain('Summer _ 2024.zip');
    expect((await readZip(Buffer.from(await res.arrayBuffer()))).map(([n]) => n)).toEqual(['third.mp4', 'first.jpg', 'second.jpg']);
  });

  it('refuses an empty album with a clear 409', async () => {
    const { alice } = await albumWithMember();
    const empty = await prisma().album.create({ data: { ownerId: alice.user.id, title: 'Nothing yet' } });
    const res = await getAlbumZip(alice.cookie, empty.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toContain('empty');
  });
});
