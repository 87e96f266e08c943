// Duplicates: groups of look-alike photos and pairs of look-alike videos, keeping one.
import { duplicatePairsSchema, duplicatesQuerySchema, keepDuplicateSchema, notDuplicatesSchema } from '@/lib/duplicates/duplicates.schemas';
import type { keepDuplicate } from '@/lib/duplicates/keep-duplicate';
import type { keepPhotoDuplicate } from '@/lib/duplicates/keep-photo-duplicate';
import type { listDuplicatePairs } from '@/lib/duplicates/list-duplicate-pairs';
import type { listPhotoDuplicateGroups } from '@/lib/duplicates/list-photo-duplicate-groups';
import { keepPhotoSchema, photoDuplicateGroupsSchema, photoNotDuplicatesSchema, trashedCountSchema } from '@/lib/duplicates/photo-duplicates.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json, noContent } from './operation';

const groupsDocumented: Documents<typeof photoDuplicateGroupsSchema, Awaited<ReturnType<typeof listPhotoDuplicateGroups>>> = true;
const pairsDocumented: Documents<typeof duplicatePairsSchema, Awaited<ReturnType<typeof listDuplicatePairs>>> = true;
const keptPhotoDocumented: Documents<typeof trashedCountSchema, Awaited<ReturnType<typeof keepPhotoDuplicate>>> = true;
const keptVideoDocumented: Documents<typeof trashedCountSchema, Awaited<ReturnType<typeof keepDuplicate>>> = true;
void [groupsDocumented, pairsDocumented, keptPhotoDocumented, keptVideoDocumented];

export const duplicateRoutes: ApiRoutes = {
  duplicates: { GET: { summary: 'Groups of my photos that look alike or are the same file, each with its suggested best (at most 100)', access: 'user', answers: { 200: json('The groups and the distance threshold they were found with.', photoDuplicateGroupsSchema) } } },
  'duplicates/keep': {
    POST: { summary: 'Keep one photo of a group; the others go to the trash (restorable; originals untouched)', access: 'user', body: keepPhotoSchema, answers: { 200: json('How many moved to the trash.', trashedCountSchema) }, errors: { 409: 'The group was already decided with another photo.' } },
  },
  'duplicates/not-duplicates': { POST: { summary: 'These photos are not duplicates: the group never shows again', access: 'user', body: photoNotDuplicatesSchema, answers: { 204: noContent('Noted.') } } },
  'videos/duplicates': { GET: { summary: 'Pairs of videos whose perceptual hashes differ in at most `distance` bits, closest first', access: 'user', query: duplicatesQuerySchema, answers: { 200: json('The pairs (at most 200).', duplicatePairsSchema) } } },
  'videos/duplicates/keep': { POST: { summary: 'Keep one video of a pair; the others go to the trash', access: 'user', body: keepDuplicateSchema, answers: { 200: json('How many moved to the trash.', trashedCountSchema) } } },
  'videos/duplicates/not-duplicates': { POST: { summary: 'This pair is not a duplicate for this user', access: 'user', body: notDuplicatesSchema, answers: { 204: noContent('Noted.') } } },
};
