// Every place the user can read this video's file from (the video page's "Also in"), with the
// first copy marked: the one the catalogue shows and interactions attach to.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { selectCopies } from './duplicates.queries';
import type { VideoCopy } from './duplicates.schemas';

export async function listCopies(user: Actor, assetId: string): Promise<{ copies: VideoCopy[] }> {
  const [id] = await requireAccess(user, 'asset.read', [assetId]);
  const rows = await selectCopies(user.id, id);
  return {
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
