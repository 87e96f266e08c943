// Which video an interaction lands on. Copies of one file are one catalogue entry, so a like,
// rating, play, marker or comment given on a copy goes to its first copy when the user can
// read that one (and it is online); otherwise (a member who sees only a later copy, or the
// first is offline) it stays on the copy asked for. The id itself must be readable first: a
// stranger's or a missing id is 404, as everywhere.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { selectReadableFirstCopy } from './duplicates.queries';

export async function resolveFirstCopy(user: Actor, assetId: string): Promise<string> {
  const [id] = await requireAccess(user, 'asset.read', [assetId]);
  return (await selectReadableFirstCopy(user.id, id)) ?? id;
}
