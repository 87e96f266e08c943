// What an auto-tag run would change, without changing it: the first PREVIEW_CAP videos that
// would change, and how many in all.
import type { Actor } from '@/lib/access/access.schemas';
import { type AutoTagPreview, type AutoTagScopeInput, PREVIEW_CAP } from './importers.schemas';
import { compileCatalogue, planAutoTag } from './plan-auto-tag';
import { resolveAutoTagScope } from './resolve-auto-tag-scope';

export async function previewAutoTag(user: Actor, input: AutoTagScopeInput): Promise<AutoTagPreview> {
  const scope = await resolveAutoTagScope(user, input);
  const matcher = await compileCatalogue(user.id);
  const preview: AutoTagPreview = { scanned: 0, total: 0, changes: [] };
  for await (const page of planAutoTag(user.id, scope, matcher)) {
    preview.scanned += page.scanned;
    preview.total += page.changes.length;
    preview.changes.push(...page.changes.slice(0, PREVIEW_CAP - preview.changes.length));
  }
  return preview;
}
