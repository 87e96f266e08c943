// The scope of an auto-tag preview or run as the user asked for it: a library must be one they
// may read (else 404, like a missing one); the videos changed are still only their own
// (updatableAssetSql in the candidates' query), so a library shared with them changes nothing.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { AutoTagScope } from './importers.queries';
import type { AutoTagScopeInput } from './importers.schemas';

export async function resolveAutoTagScope(user: Actor, input: AutoTagScopeInput): Promise<AutoTagScope> {
  if (!input.libraryId) return {};
  await requireAccess(user, 'library.read', [input.libraryId]);
  return { libraryId: input.libraryId.toLowerCase(), folder: input.folder || undefined };
}
