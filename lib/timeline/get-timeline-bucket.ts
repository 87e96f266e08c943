// One month of the timeline in columnar form (see TimelineBucket), newest first.
import { monthStartOf } from './month-key';
import { selectBucketRows } from './timeline.queries';
import type { TimelineBucket, TimelineFilter } from './timeline.schemas';

export async function getTimelineBucket(userId: string, filter: TimelineFilter, month: string, withPaths = false): Promise<TimelineBucket> {
  const rows = await selectBucketRows(userId, filter, monthStartOf(month), withPaths);
  const bucket: TimelineBucket = { month, count: rows.length, id: [], ratio: [], localSecond: [], type: '', durationMs: [], thumbhash: [], favourite: '' };
  const types: string[] = [];
  const favourites: string[] = [];
  for (const r of rows) {
    bucket.id.push(r.id);
    bucket.ratio.push(r.width && r.height ? Math.round((r.width / r.height) * 1000) / 1000 : 1);
    bucket.localSecond.push(r.local_second);
    types.push(r.type === 'video' ? 'v' : 'p');
    bucket.durationMs.push(r.duration_ms);
    bucket.thumbhash.push(r.thumbhash ? Buffer.from(r.thumbhash).toString('base64') : null);
    favourites.push(r.favourite ? '1' : '0');
  }
  bucket.type = types.join('');
  bucket.favourite = favourites.join('');
  if (withPaths) bucket.relPath = rows.map((r) => r.rel_path);
  return bucket;
}
