'use client';
// The videos home's Spotlight (GET /api/videos/spotlight: something this user rated highly or
// liked and has not watched lately, with the reason) and the "Random video" button, which goes
// to /videos/random?seed=… — a fresh seed each time, and that address always picks the same
// video while the collection is unchanged, so it can be shared.
import { useQuery } from '@tanstack/react-query';
import { Dices, Sparkles } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { formatDuration } from '@/components/timeline/format';
import { fetchSpotlight } from '@/lib/client/catalogue-api';
import { randomSeed } from './catalogue-url';

export function RandomVideoButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      // The seed is chosen on the click (not while rendering), so each click is a new pick.
      onClick={() => router.push(`/videos/random?seed=${randomSeed()}`)}
      className="flex items-center gap-1.5 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800"
      data-testid="random-video"
    >
      <Dices aria-hidden size={16} />
      Random video
    </button>
  );
}

export function Spotlight() {
  const { data } = useQuery({ queryKey: ['videos', 'spotlight'], queryFn: fetchSpotlight, staleTime: 5 * 60_000, retry: false });
  const video = data?.video;
  if (!video) return null;
  return (
    <section aria-labelledby="spotlight-title" className="mb-6 flex max-w-3xl items-center gap-4 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3" data-testid="spotlight" data-preview-scope>
      <div className="relative aspect-video w-40 shrink-0 overflow-hidden rounded bg-neutral-800 sm:w-56" data-preview>
        {video.thumbnailUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our API with auth; no optimizer
          <img src={video.thumbnailUrl} alt="" className="h-full w-full object-cover" />
        )}
      </div>
      <div className="min-w-0">
        <h2 id="spotlight-title" className="flex items-center gap-1.5 text-xs font-medium tracking-wide text-amber-300 uppercase">
          <Sparkles aria-hidden size={14} />
          Spotlight
        </h2>
        <Link href={`/videos/${video.id}`} className="mt-1 line-clamp-2 font-medium text-neutral-100 hover:underline">
          {video.title}
        </Link>
        <p className="mt-1 text-sm text-neutral-300">
          {data.reason}
          {video.durationMs != null && <span className="text-neutral-400"> · {formatDuration(video.durationMs)}</span>}
        </p>
      </div>
    </section>
  );
}
