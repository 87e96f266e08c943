// Every place the user can read this video's file from (the video page's "Also in"), with the
// first copy marked: the one the catalogue shows and interactions attach to; and the video's
// perceptual hash as Stash shows it (16 hex digits), null until video:phash has run.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { selectCopies, selectPhash } from './duplicates.queries';
import type { VideoCopies } from './duplicates.schemas';
import { phashHex } from './perception-hash';

export async function listCopies(user: Actor, assetId: string): Promise<VideoCopies> {
  const [id] = await requireAccess(user, 'asset.read', [assetId]);
  const [rows, phash] = await Promise.all([selectCopies(user.id, id), selectPhash(id)]);
  return {
    phash: phash === null ? null : phashHex(phash),
    copies: rows.map((r) => ({
      id: r.id,
      libraryId: r.library_id,
      libraryName: r.library_name,
      relPath: r.rel_path,
      size: Number(r.size),
      status: r.status,
      isFirst: r.is_first,
      current: r.id === id,
    })),
  };
}
