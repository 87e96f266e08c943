// People from faces: the list, one person's page, naming, hiding, merging, and single faces.
import { peopleListQuerySchema, peopleMergeSchema, personCardSchema, personPageSchema, personPatchSchema, type PersonCard, type PersonPage } from '@/lib/faces/faces.schemas';
import { z } from 'zod';
import { undescribedJsonSchema } from './api-docs.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json, media } from './operation';

const cardDocumented: Documents<typeof personCardSchema, PersonCard> = true;
const pageDocumented: Documents<typeof personPageSchema, PersonPage> = true;
void [cardDocumented, pageDocumented];

export const peopleRoutes: ApiRoutes = {
  people: {
    GET: { summary: 'My people from faces: named first, then unnamed by face count', access: 'user', query: peopleListQuerySchema, answers: { 200: json('The people.', z.object({ people: z.array(personCardSchema) })) } },
  },
  'people/[id]': {
    GET: { summary: 'One of my people: the photos their faces are in, and their faces', access: 'user', answers: { 200: json('The person’s page.', personPageSchema) } },
    PATCH: {
      summary: 'Name, hide or choose the cover face of a person',
      access: 'user',
      body: personPatchSchema,
      answers: { 200: json('The person as changed.', undescribedJsonSchema) },
      errors: { 409: 'Another of my people has this name: details.existing names them.' },
    },
  },
  'people/[id]/merge': { POST: { summary: 'The sources’ faces and video links move to this person; the sources go', access: 'user', body: peopleMergeSchema, answers: { 200: json('The merged person.', undescribedJsonSchema) } } },
  'faces/[id]/thumb': { GET: { summary: 'The face cut from its photo’s preview (160 px)', access: 'user', answers: { 200: media('WebP.', 'image/webp') } } },
  'faces/[id]/reject': { POST: { summary: '"Not this person": the face leaves its person for good', access: 'user', answers: { 200: json('The face’s new state.', undescribedJsonSchema) } } },
};
