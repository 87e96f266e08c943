// Assets with the pictures ml:analyze reads (a preview; for a video also its seek sprite and
// WebVTT), made with sharp instead of a full ingest: the CLIP tests are about what happens after.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { prisma } from '@/lib/server/db';
import { putObject } from '@/lib/storage/storage';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';

export async function clipOwner() {
  const user = await createUser();
  return libraryOwner(user.id);
}

const solid = (colour: string, width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: colour } }).webp().toBuffer();

async function addDerived(assetId: string, kind: 'preview' | 'sprite' | 'vtt', data: Buffer, width = 64, height = 48) {
  const key = `test/${assetId}/${kind}-${randomBytes(3).toString('hex')}`;
  await putObject(key, data);
  await prisma().derived.create({ data: { assetId, kind, storageKey: key, width, height, bytes: data.length } });
}

/** A photo whose preview is a gradient-free block of `colour` with a bar of `accent`. */
export async function photoWithPreview(owner: { ownerId: string; libraryId: string }, colour: string, accent = '#000000') {
  const id = await createAsset(owner, { local: '2026-06-01 12:00:00' });
  const bar = await sharp({ create: { width: 20, height: 48, channels: 3, background: accent } }).png().toBuffer();
  const preview = await sharp(await solid(colour)).composite([{ input: bar, left: 0, top: 0 }]).webp().toBuffer();
  await addDerived(id, 'preview', preview);
  return { id, preview };
}

/** A video whose poster is `poster` and whose sprite has one tile per colour of `frames`. */
export async function videoWithFrames(owner: { ownerId: string; libraryId: string }, poster: string, frames: string[]) {
  const id = await createAsset(owner, { local: '2026-06-02 12:00:00', type: 'video', durationMs: 30_000 });
  const posterImage = await solid(poster);
  const tiles = await Promise.all(frames.map((c) => sharp({ create: { width: 32, height: 24, channels: 3, background: c } }).png().toBuffer()));
  const sprite = await sharp({ create: { width: 32 * frames.length, height: 24, channels: 3, background: '#000000' } })
    .composite(tiles.map((input, i) => ({ input, left: i * 32, top: 0 })))
    .png()
    .toBuffer();
  const vtt = ['WEBVTT', '', ...frames.flatMap((_, i) => [`00:00:${String(i * 10).padStart(2, '0')}.000 --> 00:00:${String(i * 10 + 10).padStart(2, '0')}.000`, `sprite.jpg#xywh=${i * 32},0,32,24`, ''])].join('\n');
  await addDerived(id, 'preview', posterImage);
  await addDerived(id, 'sprite', sprite, 32 * frames.length, 24);
  await addDerived(id, 'vtt', Buffer.from(vtt));
  return { id, poster: posterImage, tiles };
}
