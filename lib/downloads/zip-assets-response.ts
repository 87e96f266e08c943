// The response of every ZIP download (a selection, an album, a shared link's "Download all"):
// the originals of `rows`, in that order, streamed with an exact Content-Length so the
// browser's download bar shows a percentage. No access check here: the caller has made it.
// `streamsKey` names whose slots the stream takes (a user id, or a shared link's).
import { attachment } from '@/lib/assets/content-disposition';
import { AppError } from '@/lib/server/errors';
import type { OriginalRow } from './downloads.queries';
import { planZip } from './plan-zip';
import { streamZip } from './stream-zip';
import { claimZipSlot } from './zip-slots';

export async function zipAssetsResponse(req: Request, rows: readonly OriginalRow[], fileName: string, streamsKey: string): Promise<Response> {
  const release = claimZipSlot(streamsKey);
  try {
    const plan = await planZip(rows);
    if (plan.entries.every((e) => e.kind === 'note')) {
      throw new AppError('conflict', 'None of these files can be read right now (offline, moved or unreadable).', { missing: plan.missing });
    }
    if (plan.unsendable) throw new AppError('conflict', 'This selection cannot be put in one ZIP; add or leave out one item and try again.');
    const headers = {
      'content-type': 'application/zip',
      'content-length': String(plan.length),
      'content-disposition': attachment(fileName),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    };
    if (req.method === 'HEAD') {
      release();
      return new Response(null, { headers });
    }
    return new Response(streamZip(plan, { signal: req.signal, onClose: release }), { headers });
  } catch (error) {
    release();
    throw error;
  }
}
