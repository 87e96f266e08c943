// How a performer, studio or tag is addressed over HTTP and shown on a card: the route segment
// per kind, its id parameter (a malformed id is one that does not exist: 404), its image URL
// (versioned by its last change, so a new image is fetched at once), and the card DTO.
import { z } from 'zod';
import type { OrganisePermission } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import type { EntityCardRow } from './organise-lists.queries';
import { type EntityCard, type EntityKind, KIND_WORDS } from './organise.schemas';

export const ROUTE_SEGMENT: Record<EntityKind, string> = { person: 'performers', studio: 'studios', tag: 'tags' };

const uuid = z.uuid();

export function entityIdParam(kind: EntityKind, params: { id: string }): string {
  const id = uuid.safeParse(params.id);
  if (!id.success) throw notFound(`No such ${KIND_WORDS[kind].one}.`);
  return id.data.toLowerCase();
}

export const permissionOf = (kind: EntityKind, action: 'read' | 'update') => `${kind}.${action}` as OrganisePermission;

export function imageUrlOf(kind: EntityKind, id: string, imageKey: string | null, updatedAt: Date): string | null {
  return imageKey ? `/api/${ROUTE_SEGMENT[kind]}/${id}/image?v=${updatedAt.getTime()}` : null;
}

export function toEntityCard(kind: EntityKind, row: EntityCardRow): EntityCard {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    imageUrl: imageUrlOf(kind, row.id, row.image_key, row.updated_at),
    videoCount: row.videos,
    totalDurationMs: Math.round(row.duration_ms),
    averageRating: row.rating === null ? null : Math.round((row.rating / 2) * 100) / 100,
    addedAt: row.created_at.toISOString(),
  };
}
