// Zod inputs and the DTOs of the faces room (/people and the viewer's faces).
import { z } from 'zod';
import { MAX_NAME } from '@/lib/organise/organise.schemas';

export const peopleListQuerySchema = z.object({ hidden: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

export const personPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_NAME).optional(),
    hidden: z.boolean().optional(),
    coverFaceId: z.uuid().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change.' });
export type PersonPatch = z.infer<typeof personPatchSchema>;

export const peopleMergeSchema = z.object({ sourceIds: z.array(z.uuid()).min(1).max(100) }).strict();

export interface PersonCard {
  id: string;
  /** null: not named yet ("Add a name"). */
  name: string | null;
  hidden: boolean;
  faceCount: number;
  /** GET /api/faces/{id}/thumb */
  coverFaceId: string | null;
}

export interface PersonPhoto {
  id: string;
  type: 'photo' | 'video';
  width: number;
  height: number;
  thumbhash: string | null;
  fileName: string;
  durationMs: number | null;
}

export interface PersonFace {
  id: string;
  assetId: string;
}

export interface PersonPage {
  person: PersonCard;
  photos: PersonPhoto[];
  faces: PersonFace[];
}

/** A face on a photo, for the viewer's info panel: box relative (0–1) to the upright picture. */
export interface AssetFace {
  id: string;
  box: { x: number; y: number; w: number; h: number };
  score: number;
  /** The photo owner's person (null for an unassigned face, a hidden person, or a reader who is not the owner). */
  personId: string | null;
  /** null when unnamed or not shown. */
  personName: string | null;
}

// Response schemas (the OpenAPI document, lib/api-docs/people.api.ts, checks them against the DTOs).

export const personCardSchema = z
  .object({ id: z.uuid(), name: z.string().nullable(), hidden: z.boolean(), faceCount: z.number().int(), coverFaceId: z.uuid().nullable() })
  .meta({ id: 'PersonCard' });

/** What "not this person" answers: the person the face left (null: it had none). */
export interface RejectedFace {
  personId: string | null;
}
export const rejectedFaceSchema = z.object({ personId: z.uuid().nullable() }).meta({ id: 'RejectedFace' });

export const personPageSchema = z.object({
  person: personCardSchema,
  photos: z.array(
    z.object({ id: z.uuid(), type: z.enum(['photo', 'video']), width: z.number(), height: z.number(), thumbhash: z.string().nullable(), fileName: z.string(), durationMs: z.number().nullable() }),
  ),
  faces: z.array(z.object({ id: z.uuid(), assetId: z.uuid() })),
});
