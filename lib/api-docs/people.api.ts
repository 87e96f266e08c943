// People from faces: the list, one person's page, naming, hiding, merging, and single faces.
import { peopleListQuerySchema, peopleMergeSchema, personCardSchema, personPageSchema, personPatchSchema, rejectedFaceSchema, type PersonCard, type PersonPage } from '@/lib/faces/faces.schemas';
import type { mergePeople } from '@/lib/faces/merge-people';
import type { rejectFaceFromPerson } from '@/lib/faces/reject-face';
import type { updatePerson } from '@/lib/faces/update-person';
import { z } from 'zod';
import type { Documents } from './documents';
import { type ApiRoutes, json, media } from './operation';

const cardDocumented: Documents<typeof personCardSchema, PersonCard> = true;
const pageDocumented: Documents<typeof personPageSchema, PersonPage> = true;
const updatedDocumented: Documents<typeof personCardSchema, Awaited<ReturnType<typeof updatePerson>>> = true;
const mergedDocumented: Documents<typeof personCardSchema, Awaited<ReturnType<typeof mergePeople>>> = true;
const rejectedDocumented: Documents<typeof rejectedFaceSchema, Awaited<ReturnType<typeof rejectFaceFromPerson>>> = true;
void [cardDocumented, pageDocumented, updatedDocumented, mergedDocumented, rejectedDocumented];

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
      answers: { 200: json('The person as changed.', personCardSchema) },
      errors: { 409: 'Another of my people has this name: details.existing names them.' },
    },
  },
  'people/[id]/merge': { POST: { summary: 'The sources’ faces and video links move to this person; the sources go', access: 'user', body: peopleMergeSchema, answers: { 200: json('The person that remains (the first named one if this one had no name).', personCardSchema) } } },
  'faces/[id]/thumb': { GET: { summary: 'The face cut from its photo’s preview (160 px)', access: 'user', answers: { 200: media('WebP.', 'image/webp') } } },
  'faces/[id]/reject': { POST: { summary: '"Not this person": the face leaves its person for good', access: 'user', answers: { 200: json('The person the face left (null: it had none).', rejectedFaceSchema) } } },
};
