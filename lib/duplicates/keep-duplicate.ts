// "Keep this one": the other videos of a duplicate pair go to Shoebox's trash through the
// ordinary trash action (owner only, restorable; the original files are never touched). The
// kept video must be one the user sees; trashing needs asset.update on every other one, so a
// library member, who does not own them, gets 404 and nothing moves.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { applyBulkActionForUser } from '@/lib/assets/apply-bulk-action';
import { AppError } from '@/lib/server/errors';
import type { KeepDuplicateInput } from './duplicates.schemas';

export async function keepDuplicate(user: Actor, input: KeepDuplicateInput): Promise<{ trashed: number }> {
  const [keep] = await requireAccess(user, 'asset.read', [input.keepId]);
  if (input.trashIds.some((id) => id.toLowerCase() === keep)) {
    throw new AppError('validation_failed', 'The video to keep cannot also go to the trash.', { fieldErrors: { trashIds: ['contains keepId'] } });
  }
  const { updated } = await applyBulkActionForUser(user, input.trashIds, 'trash');
  return { trashed: updated };
}
