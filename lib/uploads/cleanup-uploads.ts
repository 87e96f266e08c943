// uploads:cleanup (hourly): uploads left unfinished for a day lose their partial file, and their
// row says so (the bytes they reserved no longer count against the quota).
import { log } from '@/lib/server/log';
import { uploadServer } from './upload-server';
import { listStaleUploads, markUploadEnded } from './uploads.queries';
import { STALE_UPLOAD_MS } from './uploads.schemas';

export async function cleanupUploads(now = new Date()): Promise<number> {
  const stale = await listStaleUploads(new Date(now.getTime() - STALE_UPLOAD_MS));
  for (const tusId of stale) {
    await uploadServer().discard(tusId).catch(() => undefined);
    await markUploadEnded(tusId, 'failed', 'Not finished within a day; removed. Add the file again to upload it.');
  }
  if (stale.length) log.info({ removed: stale.length }, 'unfinished uploads removed');
  return stale.length;
}
