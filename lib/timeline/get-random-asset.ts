// A random asset of the user with its dominant colour, for a full-screen background and a
// matching theme. Until an analysis palette exists, the colour is the thumbhash's average.
import { thumbHashToAverageRGBA } from 'thumbhash';
import { notFound } from '@/lib/server/errors';
import { selectRandomAsset } from './timeline.queries';
import type { RandomAsset } from './timeline.schemas';

const hex = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');

function averageColourOfThumbhash(hash: Uint8Array): string {
  const { r, g, b } = thumbHashToAverageRGBA(hash);
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

export async function getRandomAsset(userId: string): Promise<RandomAsset> {
  const row = await selectRandomAsset(userId);
  if (!row) throw notFound('There are no photos yet.');
  const hash = row.thumbhash ? new Uint8Array(row.thumbhash) : null;
  return {
    id: row.id,
    previewUrl: `/api/assets/${row.id}/thumbnail?size=preview`,
    thumbhash: hash ? Buffer.from(hash).toString('base64') : null,
    colours: hash ? { dominant: averageColourOfThumbhash(hash), source: 'thumbhash' } : { dominant: '#404040', source: 'none' },
  };
}
