// "Not duplicates": this user no longer sees the pair in the duplicates view (others still do).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { insertNotDuplicates } from './duplicates.queries';
import type { NotDuplicatesInput } from './duplicates.schemas';

export async function markNotDuplicates(user: Actor, input: NotDuplicatesInput): Promise<void> {
  const [a, b] = await requireAccess(user, 'asset.read', input.ids);
  await insertNotDuplicates(user.id, a, b);
}
