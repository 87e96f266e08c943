// The photo duplicates page: the user's own online photos grouped by near pairs (pHash) and
// exact copies (checksum), minus the pairs they dismissed; a chain of pairs is one group. Only
// the owner's photos: keeping one trashes the others, which only their owner may do (a member
// of a shared library sees no groups of it).
import type { Actor } from '@/lib/access/access.schemas';
import { groupPairs } from './group-pairs';
import { PHOTO_DUPLICATE_DISTANCE } from './photo-duplicate-threshold';
import { type GroupPhotoRow, selectGroupPhotos, selectNotDuplicates, selectUserPhotoPairs } from './photo-duplicates.queries';
import type { DuplicatePhoto, PhotoDuplicateGroup, PhotoDuplicateGroups } from './photo-duplicates.schemas';

/** Enough groups for one screen of work; resolving some shows the next ones. */
const MAX_GROUPS = 100;

function photoOf(row: GroupPhotoRow): DuplicatePhoto {
  return {
    id: row.id,
    fileName: row.rel_path.split('/').pop() ?? row.rel_path,
    width: row.width,
    height: row.height,
    size: Number(row.size),
    takenAt: row.taken_at ? row.taken_at.toISOString().slice(0, 19) : null,
    quality: row.quality,
    thumbnailUrl: row.has_thumb ? `/api/assets/${row.id}/thumbnail` : null,
  };
}

const pixels = (p: DuplicatePhoto) => (p.width ?? 0) * (p.height ?? 0);

/** Quality scores closer than this are a tie: the measures wobble by a few points between copies. */
const QUALITY_TIE = 5;

/**
 * Most pixels first: a resized or cropped copy is never the better one, and the quality score
 * cannot see that (an upscaled small copy is smooth, so it scores *less* noise — the e2e run
 * caught the 300 px copy suggested over its 512 px original). Among copies of one size (bursts,
 * re-saves), a clearly higher quality, then the largest file (less compression), then oldest id.
 */
export function suggestBest(photos: DuplicatePhoto[]): DuplicatePhoto {
  const better = (a: DuplicatePhoto, b: DuplicatePhoto): boolean => {
    if (pixels(a) !== pixels(b)) return pixels(a) > pixels(b);
    const qa = a.quality ?? -100;
    const qb = b.quality ?? -100;
    if (Math.abs(qa - qb) >= QUALITY_TIE) return qa > qb;
    if (a.size !== b.size) return a.size > b.size;
    return a.id < b.id;
  };
  return [...photos].sort((a, b) => (a.id < b.id ? -1 : 1)).reduce((best, p) => (better(p, best) ? p : best));
}

export async function listPhotoDuplicateGroups(user: Actor): Promise<PhotoDuplicateGroups> {
  const all = await selectUserPhotoPairs(user.id);
  const ids = [...new Set(all.flatMap((p) => [p.a, p.b]))];
  const dismissed = await selectNotDuplicates(user.id, ids);
  const pairs = all.filter((p) => !dismissed.has(p.a < p.b ? `${p.a}/${p.b}` : `${p.b}/${p.a}`));
  const members = groupPairs(pairs.map((p) => [p.a, p.b] as const)).slice(0, MAX_GROUPS);
  const rows = new Map((await selectGroupPhotos(members.flat())).map((r) => [r.id, r]));
  const groupOf = new Map(members.flatMap((g, i) => g.map((id) => [id, i] as const)));
  const widest = new Map<number, number>();
  for (const p of pairs) {
    const g = groupOf.get(p.a);
    if (g !== undefined) widest.set(g, Math.max(widest.get(g) ?? 0, p.distance));
  }
  return {
    threshold: PHOTO_DUPLICATE_DISTANCE,
    groups: members.flatMap((ids, i): PhotoDuplicateGroup[] => {
      const found = ids.map((id) => rows.get(id)).filter((r): r is GroupPhotoRow => r !== undefined);
      if (found.length < 2) return []; // deleted between the two reads
      const photos = found.map(photoOf);
      const exact = found.every((r) => r.checksum !== null && r.checksum === found[0].checksum);
      return [{ kind: exact ? 'exact' : 'similar', distance: exact ? 0 : (widest.get(i) ?? 0), suggestedId: suggestBest(photos).id, photos }];
    }),
  };
}
