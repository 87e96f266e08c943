// "Not duplicates" on a photo group: this user never sees these photos grouped again (every
// pair of the group is remembered; a new look-alike joining one of them makes a new group).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { insertPhotoNotDuplicates } from './photo-duplicates.queries';
import type { PhotoNotDuplicatesInput } from './photo-duplicates.schemas';

export async function markPhotoNotDuplicates(user: Actor, input: PhotoNotDuplicatesInput): Promise<void> {
  const ids = await requireAccess(user, 'asset.update', input.ids);
  await insertPhotoNotDuplicates(user.id, [...ids]);
}
