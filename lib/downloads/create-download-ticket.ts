// POST /api/downloads: checks everything a ZIP download needs before the browser navigates
// to it (access to every item — all or nothing, 404 —, the item limit, which files can be
// read) and answers a ticket: a random token, kept only as its SHA-256, usable by this user
// for TICKET_TTL_SECONDS. GET /api/downloads/<token> then streams the ZIP into the browser's
// own download manager, which shows its progress (serve-download-ticket.ts).
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { albumSource, selectionSource } from './download-sources';
import { insertDownloadTicket } from './downloads.queries';
import { type DownloadRequest, type DownloadTicket, TICKET_TTL_SECONDS } from './downloads.schemas';
import { planZip } from './plan-zip';

export const hashTicket = (token: string) => createHash('sha256').update(token).digest();

export async function createDownloadTicket(user: Actor, input: DownloadRequest): Promise<DownloadTicket> {
  let albumId: string | null = null;
  let assetIds: string[] = [];
  if (input.albumId) {
    [albumId] = [...(await requireAccess(user, 'album.read', [input.albumId]))];
  } else {
    assetIds = [...new Set((input.ids ?? []).map((id) => id.toLowerCase()))];
    await requireAccess(user, 'asset.download', assetIds);
  }
  const source = albumId ? await albumSource(albumId) : await selectionSource(assetIds);
  // Looked at now so the page can say what will be left out; looked at again when streaming.
  const plan = await planZip(source.rows);
  if (plan.entries.every((e) => e.kind === 'note')) {
    throw new AppError('conflict', 'None of these files can be read right now (offline, moved or unreadable).', { missing: plan.missing });
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + TICKET_TTL_SECONDS * 1000);
  await insertDownloadTicket({ tokenHash: hashTicket(token), userId: user.id, albumId, assetIds, expiresAt });
  return {
    url: `/api/downloads/${token}`,
    fileName: source.fileName,
    items: plan.entries.length - (plan.missing.length > 0 ? 1 : 0),
    bytes: plan.bytes,
    missing: plan.missing,
    expiresAt: expiresAt.toISOString(),
  };
}
