// Performers, studios and tags (one shape, three kinds) and auto-tagging from folder names.
import { autoTagFoldersQuerySchema, autoTagPreviewSchema, autoTagRunParamsSchema, autoTagRunViewSchema, autoTagScopeSchema, type AutoTagPreview, type AutoTagRunView } from '@/lib/importers/importers.schemas';
import { videoPageSchema } from '@/lib/catalogue/catalogue.schemas';
import {
  entityCreateSchema, entityDetailsSchema, entityListQuerySchema, entityPageSchema, entityUpdateSchema, entityVideosQuerySchema, imageFromFrameSchema, mergeSchema,
  type EntityDetails, type EntityPage,
} from '@/lib/organise/organise.schemas';
import { similarEntityPageSchema, similarPageSchema, type SimilarEntityPage } from '@/lib/similar/similar.schemas';
import { z } from 'zod';
import type { Documents } from './documents';
import { type ApiRoutes, json, media, noContent } from './operation';

const pageDocumented: Documents<typeof entityPageSchema, EntityPage> = true;
const detailsDocumented: Documents<typeof entityDetailsSchema, EntityDetails> = true;
const runDocumented: Documents<typeof autoTagRunViewSchema, AutoTagRunView> = true;
const similarDocumented: Documents<typeof similarEntityPageSchema, SimilarEntityPage> = true;
const previewDocumented: Documents<typeof autoTagPreviewSchema, AutoTagPreview> = true;
void [pageDocumented, detailsDocumented, runDocumented, similarDocumented, previewDocumented];

/** The routes of one kind: `performers`, `studios` or `tags` share them all. */
function entityRoutes(plural: 'performers' | 'studios' | 'tags', one: string): ApiRoutes {
  const nameTaken = { 409: `Another ${one} of mine has this name.` };
  return {
    [plural]: {
      GET: { summary: `Cards of the ${plural} the user may see, with counts over videos they can read`, access: 'user', query: entityListQuerySchema, answers: { 200: json('A page of cards.', entityPageSchema) } },
      POST: { summary: `A new ${one} of mine`, access: 'user', body: entityCreateSchema, answers: { 201: json(`The ${one}.`, entityDetailsSchema) }, errors: nameTaken },
    },
    [`${plural}/[id]`]: {
      GET: { summary: `The ${one} with its counts and links`, access: 'user', answers: { 200: json(`The ${one}.`, entityDetailsSchema) } },
      PATCH: { summary: `Edit the ${one} (the owner)`, access: 'user', body: entityUpdateSchema, answers: { 200: json(`The ${one} as changed.`, entityDetailsSchema) }, errors: nameTaken },
      DELETE: { summary: `Remove the ${one} and its links; the videos stay`, access: 'user', answers: { 204: noContent('Removed.') } },
    },
    [`${plural}/[id]/merge`]: {
      POST: { summary: `Move the sources’ links, names and aliases to this ${one}; the sources go`, access: 'user', body: mergeSchema, answers: { 200: json(`The ${one} after the merge.`, entityDetailsSchema) } },
    },
    [`${plural}/[id]/image`]: {
      GET: { summary: `The ${one}’s image`, access: 'user', answers: { 200: media('WebP.', 'image/webp'), 304: noContent('Not modified (ETag).') } },
      POST: {
        summary: `Set the ${one}’s image: a frame of a video (JSON) or an upload (≤ 10 MB)`,
        access: 'user',
        body: imageFromFrameSchema,
        uploads: ['multipart/form-data', 'image/jpeg', 'image/png', 'image/webp'],
        answers: { 200: json('The new image’s URL.', z.object({ imageUrl: z.string() })) },
        errors: { 413: 'The upload is larger than 10 MB.' },
      },
      DELETE: { summary: `No image for the ${one}`, access: 'user', answers: { 204: noContent('Removed.') } },
    },
    [`${plural}/[id]/videos`]: { GET: { summary: `Cards of the ${one}’s videos the user can see, newest added first`, access: 'user', query: entityVideosQuerySchema, answers: { 200: json('A page of video cards.', videoPageSchema) } } },
    ...(plural === 'tags' ? {} : { [`${plural}/[id]/similar`]: { GET: { summary: `${plural[0].toUpperCase()}${plural.slice(1)} whose videos look like this one’s`, access: 'user' as const, query: similarPageSchema, answers: { 200: json('A page of similar ones with their top tokens.', similarEntityPageSchema) } } } }),
  };
}

export const organiseRoutes: ApiRoutes = {
  ...entityRoutes('performers', 'performer'),
  ...entityRoutes('studios', 'studio'),
  ...entityRoutes('tags', 'tag'),
  'auto-tag/folders': { GET: { summary: 'The folders of a library that hold my videos (at most 2,000)', access: 'user', query: autoTagFoldersQuerySchema, answers: { 200: json('The folders, sorted.', z.object({ folders: z.array(z.string()) })) } } },
  'auto-tag/preview': { POST: { summary: 'What an auto-tag run would add to my videos there (the first 200, with the total)', access: 'user', body: autoTagScopeSchema, answers: { 200: json('The preview.', autoTagPreviewSchema) } } },
  'auto-tag/runs': { POST: { summary: 'Start an auto-tag run', access: 'user', body: autoTagScopeSchema, answers: { 202: json('Started; poll GET /api/auto-tag/runs/{id}.', z.object({ runId: z.uuid() })) } } },
  'auto-tag/runs/[id]': { GET: { summary: 'One of my auto-tag runs: status, total, done, changed', access: 'user', path: autoTagRunParamsSchema, answers: { 200: json('The run.', autoTagRunViewSchema) } } },
};
