// "Move earlier / later" in an album's manage mode (the owner): the item goes just before or
// after another. An album ordered by date is first numbered in the order it shows and switched
// to the manual order, so the move starts from what the owner sees. One row is written, at the
// midpoint of its new neighbours; when they are too close (or tied) the order is numbered afresh.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { renumberPositions, selectAlbumOrder, selectPositionsAround, setManualOrder, setPosition } from './album-items.queries';
import { getAlbum } from './get-album';
import { isAlbumItem, lockAlbum } from './albums.queries';
import type { AlbumMove, AlbumView } from './albums.schemas';

const MIN_GAP = 1e-6;

function between(target: number, neighbour: number | null, side: 'before' | 'after'): number | null {
  if (neighbour === null) return side === 'before' ? target - 1 : target + 1;
  return Math.abs(target - neighbour) < MIN_GAP ? null : (target + neighbour) / 2;
}

export async function moveAlbumItem(user: Actor, albumId: string, move: AlbumMove): Promise<AlbumView> {
  await requireAccess(user, 'album.update', [albumId]);
  const side = move.before ? 'before' : 'after';
  const assetId = move.assetId.toLowerCase();
  const targetId = (move.before ?? move.after)!.toLowerCase();
  if (!(await isAlbumItem(albumId, assetId))) throw notFound('No such photo in this album.');
  if (assetId !== targetId) {
    await prisma().$transaction(async (tx) => {
      await lockAlbum(tx, albumId);
      const order = await selectAlbumOrder(tx, albumId);
      if (order !== 'manual') {
        await renumberPositions(tx, albumId, order);
        await setManualOrder(tx, albumId);
      }
      let around = await selectPositionsAround(tx, albumId, assetId, targetId, side);
      if (!around) throw notFound('No such photo in this album.');
      let position = between(around.target, around.neighbour, side);
      if (position === null) {
        await renumberPositions(tx, albumId, 'manual');
        around = (await selectPositionsAround(tx, albumId, assetId, targetId, side))!;
        position = between(around.target, around.neighbour, side)!;
      }
      await setPosition(tx, albumId, assetId, position);
    });
  }
  return getAlbum(user, albumId);
}
