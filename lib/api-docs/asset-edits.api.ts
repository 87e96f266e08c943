// Manual date edits: set or shift the date of one or many of the owner's photos and videos, and
// revert to the file's date. Stored in the database, never in the file.
import { assetDateChangeSchema, bulkDateChangeSchema, bulkDateRevertSchema, dateEditResultSchema, dateRevertResultSchema, type DateEditResult, type DateRevertResult } from '@/lib/asset-edits/asset-edits.schemas';
import { assetDetailsSchema, assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const editDocumented: Documents<typeof dateEditResultSchema, DateEditResult> = true;
const revertDocumented: Documents<typeof dateRevertResultSchema, DateRevertResult> = true;
void [editDocumented, revertDocumented];

const SHIFT_OUT = 'A shift would move some asset outside the years 1800 to 2100 (details.ids names them): nothing changed. Also an impossible date (2026-02-30) or offset (beyond ±14:00).';

export const assetEditRoutes: ApiRoutes = {
  'assets/[id]/date': {
    PATCH: {
      summary: 'Set or shift one asset’s date (the owner); the file’s own date is kept for Revert',
      description:
        '`{ "mode": "set", "dateTime": "2024-05-01T14:30", "offset": "+02:00" }` sets the wall clock (offset null: none known; left out: the asset keeps its own). `{ "mode": "shift", "days": 0, "hours": -1, "minutes": 0 }` moves it.',
      access: 'user',
      path: assetIdParamsSchema,
      body: assetDateChangeSchema,
      answers: { 200: json('The details with the new date (takenAtSource manual, dateEdited set).', assetDetailsSchema) },
      errors: { 422: SHIFT_OUT },
    },
    DELETE: {
      summary: 'Give one asset its file’s date back (the owner)',
      access: 'user',
      path: assetIdParamsSchema,
      answers: { 200: json('The details with the file’s date (an asset never edited is unchanged).', assetDetailsSchema) },
    },
  },
  'assets/dates': {
    POST: {
      summary: 'Set or shift the date of many of the owner’s assets (all or nothing)',
      access: 'user',
      body: bulkDateChangeSchema,
      answers: { 200: json('How many got the new date.', dateEditResultSchema) },
      errors: { 404: 'Some id is not one of this user’s assets: nothing changed.', 422: SHIFT_OUT },
    },
  },
  'assets/dates/revert': {
    POST: {
      summary: 'Give many of the owner’s assets their file’s date back',
      access: 'user',
      body: bulkDateRevertSchema,
      answers: { 200: json('How many had an edited date.', dateRevertResultSchema) },
      errors: { 404: 'Some id is not one of this user’s assets: nothing changed.' },
    },
  },
};
