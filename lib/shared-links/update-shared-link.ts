// Changes a link's options; a new password (or none) makes every unlock cookie of the old one
// worthless (lib/shared-links/unlock-cookie.ts signs the password hash).
import { requireAccess } from '@/lib/access/require-access';
import type { Actor } from '@/lib/access/access.schemas';
import { hashPassword } from '@/lib/auth/password';
import { assertDownloadShowsMetadata } from './download-needs-metadata';
import { toLinkView } from './link-view';
import type { SharedLinkView, UpdateSharedLink } from './shared-links.schemas';
import { type LinkChanges, selectLink, selectLinkOptions, updateLink } from './shared-links.queries';

export async function updateSharedLink(actor: Actor, id: string, input: UpdateSharedLink): Promise<SharedLinkView> {
  await requireAccess(actor, 'sharedLink.update', [id]);
  const current = await selectLinkOptions(id);
  assertDownloadShowsMetadata({ allowDownload: input.allowDownload ?? current.allowDownload, showMetadata: input.showMetadata ?? current.showMetadata });
  const changes: LinkChanges = {
    title: input.title === undefined ? undefined : input.title || null,
    description: input.description === undefined ? undefined : input.description || null,
    expiresAt: input.expiresAt === undefined ? undefined : input.expiresAt ? new Date(input.expiresAt) : null,
    allowDownload: input.allowDownload,
    showMetadata: input.showMetadata,
  };
  if (input.password !== undefined) changes.passwordHash = input.password === null ? null : await hashPassword(input.password);
  await updateLink(id, changes);
  return toLinkView((await selectLink(id))!);
}
