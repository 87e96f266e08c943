// An asset:ingest job that crashed its worker twice is set aside by the sweeper (lib/jobs);
// the asset it was ingesting then ends failed with the same reason, so the file shows up in
// the admin's "could not be read" list instead of staying pending for ever.
import { markAssetFailed } from './assets.queries';

export async function markIngestSetAside(payload: { assetId: string }, reason: string): Promise<void> {
  await markAssetFailed(payload.assetId, reason, null).catch(() => undefined); // the asset may be gone since
}
