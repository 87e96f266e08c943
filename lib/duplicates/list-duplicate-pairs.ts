// The duplicates view: pairs of videos the user sees whose perceptual hashes differ in at most
// `distance` bits, read from video_duplicate_pairs (kept by the video:phash job), closest first.
import type { Actor } from '@/lib/access/access.schemas';
import { selectPairs, selectPairVideos, type PairVideoRow } from './duplicates.queries';
import type { DuplicatePair, DuplicatePairs, DuplicatesQuery, DuplicateVideo } from './duplicates.schemas';
import { phashHex } from './perception-hash';

/** Enough pairs for one screen of work; keeping or dismissing some shows the next ones. */
const MAX_PAIRS = 200;

function videoOf(row: PairVideoRow, userId: string): DuplicateVideo {
  const name = row.rel_path.split('/').pop() ?? row.rel_path;
  return {
    id: row.id,
    title: row.title ?? name.replace(/(.)\.[^.]*$/, '$1'),
    durationMs: row.duration_ms,
    width: row.width,
    height: row.height,
    videoCodec: row.video_codec,
    bitrate: row.bitrate,
    size: Number(row.size),
    libraryName: row.library_name,
    relPath: row.rel_path,
    addedAt: row.created_at.toISOString(),
    thumbnailUrl: row.has_thumb ? `/api/assets/${row.id}/thumbnail` : null,
    phash: row.phash === null ? null : phashHex(row.phash),
    mine: row.owner_id === userId,
  };
}

export async function listDuplicatePairs(user: Actor, query: DuplicatesQuery): Promise<DuplicatePairs> {
  const pairs = await selectPairs(user.id, query.distance, MAX_PAIRS);
  const videos = new Map((await selectPairVideos([...new Set(pairs.flatMap((p) => [p.asset_a, p.asset_b]))])).map((r) => [r.id, videoOf(r, user.id)]));
  return {
    distance: query.distance,
    // A video deleted between the two reads leaves its pair out rather than half a pair.
    pairs: pairs.flatMap((p): DuplicatePair[] => {
      const [a, b] = [videos.get(p.asset_a), videos.get(p.asset_b)];
      return a && b ? [{ distance: p.distance, videos: [a, b] }] : [];
    }),
  };
}
