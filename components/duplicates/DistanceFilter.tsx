'use client';
// How alike two videos must be: Stash's accuracy levels (exact 0, high 4, medium 8, low 10 bits
// of 64 may differ), as segmented buttons (aria-pressed); the choice lives in the URL.
import { useRouter } from 'next/navigation';
import { DUPLICATE_DISTANCE_LABELS, DUPLICATE_DISTANCES, type DuplicatesQuery } from '@/lib/duplicates/duplicates.schemas';

export function DistanceFilter({ distance }: { distance: DuplicatesQuery['distance'] }) {
  const router = useRouter();
  return (
    <div role="group" aria-label="Accuracy" className="flex flex-wrap gap-1 rounded-lg border border-neutral-800 p-1">
      {DUPLICATE_DISTANCES.map((d) => (
        <button
          key={d}
          type="button"
          aria-pressed={distance === d}
          onClick={() => router.push(`/videos/duplicates?distance=${d}`)}
          className="rounded px-3 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 aria-pressed:bg-sky-700 aria-pressed:text-white"
          title={d === 0 ? 'Identical hashes' : `At most ${d} of 64 bits differ`}
        >
          {DUPLICATE_DISTANCE_LABELS[d]}
          <span className="sr-only">{d === 0 ? ', identical hashes' : `, at most ${d} bits differ`}</span>
        </button>
      ))}
    </div>
  );
}
