// Duplicates: groups of look-alike photos and pairs of look-alike videos, keeping one.
import { duplicatesQuerySchema, keepDuplicateSchema, notDuplicatesSchema } from '@/lib/duplicates/duplicates.schemas';
import { keepPhotoSchema, photoNotDuplicatesSchema } from '@/lib/duplicates/photo-duplicates.schemas';
import { undescribedJsonSchema } from './api-docs.schemas';
import { type ApiRoutes, json, noContent } from './operation';

export const duplicateRoutes: ApiRoutes = {
  duplicates: { GET: { summary: 'Groups of my photos that look alike or are the same file, each with its suggested best (at most 100)', access: 'user', answers: { 200: json('The groups.', undescribedJsonSchema) } } },
  'duplicates/keep': {
    POST: { summary: 'Keep one photo of a group; the others go to the trash (restorable; originals untouched)', access: 'user', body: keepPhotoSchema, answers: { 200: json('What moved to the trash.', undescribedJsonSchema) }, errors: { 409: 'The group was already decided with another photo.' } },
  },
  'duplicates/not-duplicates': { POST: { summary: 'These photos are not duplicates: the group never shows again', access: 'user', body: photoNotDuplicatesSchema, answers: { 204: noContent('Noted.') } } },
  'videos/duplicates': { GET: { summary: 'Pairs of videos whose perceptual hashes differ in at most `distance` bits, closest first', access: 'user', query: duplicatesQuerySchema, answers: { 200: json('The pairs.', undescribedJsonSchema) } } },
  'videos/duplicates/keep': { POST: { summary: 'Keep one video of a pair; the others go to the trash', access: 'user', body: keepDuplicateSchema, answers: { 200: json('What moved to the trash.', undescribedJsonSchema) } } },
  'videos/duplicates/not-duplicates': { POST: { summary: 'This pair is not a duplicate for this user', access: 'user', body: notDuplicatesSchema, answers: { 204: noContent('Noted.') } } },
};
