// A face's thumbnail, cut from its photo's preview (the picture it was found on) with a margin,
// square, 160 px WebP. Made on request (a crop of a ≤1440 px preview takes milliseconds) and
// cached privately by the browser; the face id alone names it, never a path.
import sharp from 'sharp';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { readObject } from '@/lib/storage/storage';
import { selectFaceThumbSource } from './faces.queries';

const SIDE = 160;
const MARGIN = 0.3;

export async function serveFaceThumb(actor: Actor, faceId: string): Promise<Response> {
  await requireAccess(actor, 'face.read', [faceId]);
  const source = await selectFaceThumbSource(faceId);
  const preview = source?.storage_key ? await readObject(source.storage_key) : null;
  if (!source || !preview) throw notFound('No such face.');
  const image = sharp(preview);
  const { width = 1, height = 1 } = await image.metadata();
  const cx = (source.box_x + source.box_w / 2) * width;
  const cy = (source.box_y + source.box_h / 2) * height;
  const side = Math.min(width, height, Math.max(source.box_w * width, source.box_h * height) * (1 + 2 * MARGIN));
  const left = Math.round(Math.min(Math.max(0, cx - side / 2), width - side));
  const top = Math.round(Math.min(Math.max(0, cy - side / 2), height - side));
  const s = Math.max(1, Math.floor(side));
  const body = await image.extract({ left, top, width: Math.min(s, width - left), height: Math.min(s, height - top) }).resize(SIDE, SIDE, { fit: 'cover' }).webp({ quality: 80 }).toBuffer();
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': 'image/webp', 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' },
  });
}
