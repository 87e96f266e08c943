'use client';
// The duplicates view: pairs of videos whose perceptual hashes are within the chosen distance,
// side by side (two columns from 640 px, stacked on a phone). "Keep this one" moves the other
// video to Shoebox's trash (shown only when the user owns that other video: a library member
// sees the pair but cannot trash the owner's file); "Not duplicates" hides the pair for this user.
import { useDuplicatePairs, useKeepDuplicate, useMarkNotDuplicates } from '@/lib/client/duplicates-api';
import type { DuplicatePair, DuplicatePairs } from '@/lib/duplicates/duplicates.schemas';
import { DuplicateSide } from './DuplicateSide';

const more = (a: number | null, b: number | null) => (a ?? 0) > (b ?? 0);
const pixels = (v: DuplicatePair['videos'][number]) => (v.width ?? 0) * (v.height ?? 0);

function Pair({ pair }: { pair: DuplicatePair }) {
  const keep = useKeepDuplicate();
  const dismiss = useMarkNotDuplicates();
  const [a, b] = pair.videos;
  const pending = keep.isPending || dismiss.isPending;
  const error = (keep.error ?? dismiss.error)?.message;
  const side = (v: typeof a, other: typeof a) => (
    <DuplicateSide
      video={v}
      better={{ resolution: pixels(v) > pixels(other), bitrate: more(v.bitrate, other.bitrate), size: more(v.size, other.size) }}
      onKeep={other.mine ? () => keep.mutate({ keepId: v.id, trashIds: [other.id] }) : null}
      pending={pending}
    />
  );
  return (
    <li className="rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 sm:p-4" data-testid="duplicate-pair">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <p className="text-sm text-neutral-300">{pair.distance === 0 ? 'Identical hashes' : `${pair.distance} of 64 bits differ`}</p>
        <span className="flex-1" />
        <button
          type="button"
          onClick={() => dismiss.mutate({ ids: [a.id, b.id] })}
          disabled={pending}
          className="rounded-md px-2 py-1 text-sm text-neutral-200 hover:bg-white/10 hover:text-white disabled:opacity-60"
        >
          Not duplicates
        </button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {side(a, b)}
        {side(b, a)}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-400">
          {error}
        </p>
      )}
    </li>
  );
}

export function DuplicatesView({ initial }: { initial: DuplicatePairs }) {
  const { data = initial } = useDuplicatePairs(initial.distance, initial);
  if (data.pairs.length === 0) {
    return (
      <p className="mt-10 text-center text-neutral-300" data-testid="duplicates-empty">
        No duplicates at this accuracy. Videos are compared once their perceptual hash is made, after ingest.
      </p>
    );
  }
  return (
    <ul className="mt-4 grid gap-4" aria-label="Duplicate pairs">
      {data.pairs.map((pair) => (
        <Pair key={pair.videos.map((v) => v.id).join()} pair={pair} />
      ))}
    </ul>
  );
}
