// One asset and its files: details, the viewer's neighbours, the original, derived images and
// video media (bytes with Range and ETag), and actions on many assets at once.
import { assetDetailsSchema, assetIdParamsSchema, assetNeighboursSchema, bulkActionSchema, derivedSizeSchema, teaserSizeSchema, updateAssetInfoSchema, type AssetDetails, type AssetNeighbours } from '@/lib/assets/assets.schemas';
import { streamQuerySchema, subtitleTrackParamsSchema } from '@/lib/assets/playback.schemas';
import { randomAssetSchema, timelineFilterSchema, type RandomAsset } from '@/lib/timeline/timeline.schemas';
import { z } from 'zod';
import type { Documents } from './documents';
import { type ApiAnswer, type ApiRoutes, json, media, noContent } from './operation';

const detailsDocumented: Documents<typeof assetDetailsSchema, AssetDetails> = true;
const neighboursDocumented: Documents<typeof assetNeighboursSchema, AssetNeighbours> = true;
const randomDocumented: Documents<typeof randomAssetSchema, RandomAsset> = true;
void [detailsDocumented, neighboursDocumented, randomDocumented];

/** Bytes served with Range, ETag and If-None-Match (send-derived-range.ts, send-opened-file.ts). */
export function rangedFile(description: string, ...types: string[]): Record<number, ApiAnswer> {
  return {
    200: media(description, ...types),
    206: media('The byte range asked for (Range).', ...types),
    304: noContent('Not modified (If-None-Match matched the ETag).'),
    416: noContent('The range is outside the file (Content-Range: bytes */size).'),
  };
}

const images = ['image/webp', 'image/jpeg'];

export const assetRoutes: ApiRoutes = {
  'assets/[id]': {
    GET: { summary: "An asset's details: date and source, camera, exposure, file, GPS, title, link, video facts", access: 'user', path: assetIdParamsSchema, answers: { 200: json('The details.', assetDetailsSchema) } },
    PATCH: { summary: 'Change title, description or link (the owner)', access: 'user', path: assetIdParamsSchema, body: updateAssetInfoSchema, answers: { 200: json('The details as changed.', assetDetailsSchema) } },
  },
  'assets/[id]/neighbours': {
    GET: { summary: 'The newer and the older asset, for the viewer’s arrows', access: 'user', path: assetIdParamsSchema, query: timelineFilterSchema, answers: { 200: json('Their ids.', assetNeighboursSchema) } },
  },
  'assets/[id]/thumbnail': {
    GET: { summary: 'The derived thumbnail or preview image', access: 'user', path: assetIdParamsSchema, query: derivedSizeSchema, answers: rangedFile('The image.', ...images) },
  },
  'assets/[id]/full': {
    GET: { summary: 'The photo at full size in a format browsers display (the viewer’s zoom)', access: 'user', path: assetIdParamsSchema, answers: rangedFile('The image.', ...images, 'image/png', 'image/gif') },
  },
  'assets/[id]/original': {
    GET: { summary: 'The original file, as a download (Range for seeking)', access: 'user', path: assetIdParamsSchema, answers: rangedFile('The file as it is in the library.', 'application/octet-stream') },
    HEAD: { summary: 'The original’s headers (size, type, ETag) without its bytes', access: 'user', path: assetIdParamsSchema, answers: { 200: noContent('The headers only.') } },
  },
  'assets/[id]/stream': {
    GET: {
      summary: 'The video for the player: the file (Range) when browsers play it, else a remux or transcode to fragmented MP4 from ?start=',
      access: 'user',
      path: assetIdParamsSchema,
      query: streamQuerySchema,
      answers: rangedFile('The video; x-shoebox-playback says direct, remux or transcode.', 'video/mp4', 'video/webm'),
      errors: { 503: 'Every transcode slot is busy (Retry-After), or the database cannot be reached.' },
    },
  },
  'assets/[id]/subtitles': {
    GET: {
      summary: 'The video’s subtitle tracks (streams inside it and .srt/.vtt beside it)',
      access: 'user',
      path: assetIdParamsSchema,
      answers: { 200: json('The tracks.', z.object({ tracks: z.array(z.object({ id: z.string(), source: z.enum(['embedded', 'sidecar']), language: z.string().nullable(), label: z.string(), url: z.string() })) })) },
    },
  },
  'assets/[id]/subtitles/[track]': {
    GET: { summary: 'One subtitle track as WebVTT', access: 'user', path: subtitleTrackParamsSchema, answers: { 200: media('WebVTT.', 'text/vtt') } },
  },
  'assets/[id]/sprite': { GET: { summary: 'A video’s seek sprite sheet', access: 'user', path: assetIdParamsSchema, answers: rangedFile('The sheet.', 'image/jpeg', 'image/webp') } },
  'assets/[id]/vtt': { GET: { summary: 'The WebVTT of the seek sprite (cues point at …/sprite#xywh=)', access: 'user', path: assetIdParamsSchema, answers: rangedFile('WebVTT.', 'text/vtt') } },
  'assets/[id]/teaser': { GET: { summary: 'A video’s muted teaser', access: 'user', path: assetIdParamsSchema, query: teaserSizeSchema, answers: rangedFile('MP4.', 'video/mp4') } },
  'assets/[id]/motion': { GET: { summary: 'A motion photo’s or Live Photo’s short video', access: 'user', path: assetIdParamsSchema, answers: rangedFile('MP4.', 'video/mp4') } },
  'assets/bulk': {
    POST: {
      summary: 'Favourite, unfavourite, archive, unarchive, trash or restore many assets (all or nothing)',
      access: 'user',
      body: bulkActionSchema,
      answers: { 200: json('How many changed.', z.object({ updated: z.number().int() })) },
      errors: { 404: 'Some id is not one of this user’s assets: nothing changed.' },
    },
  },
  'trash/empty': { POST: { summary: 'Remove the trashed assets from Shoebox (never the originals)', access: 'user', answers: { 200: json('How many went.', z.object({ deleted: z.number().int() })) } } },
  random: { GET: { summary: 'A random asset with its dominant colour (background and theme)', access: 'user', answers: { 200: json('The asset.', randomAssetSchema) }, errors: { 404: 'The user has no asset yet.' } } },
};
