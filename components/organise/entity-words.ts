// Words and addresses per kind of organise page (route segment ↔ kind).
import type { EntityKind } from '@/lib/organise/organise.schemas';
import type { OrganiseSegment } from '@/lib/client/organise-api';

export const SEGMENT_OF: Record<EntityKind, OrganiseSegment> = { person: 'performers', studio: 'studios', tag: 'tags' };
export const WORDS: Record<EntityKind, { title: string; one: string; many: string }> = {
  person: { title: 'Performers', one: 'performer', many: 'performers' },
  studio: { title: 'Studios', one: 'studio', many: 'studios' },
  tag: { title: 'Tags', one: 'tag', many: 'tags' },
};

/** "3 h 05 min", "12 min", "40 s". */
export function formatTotalDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
