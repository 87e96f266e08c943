'use client';
// "More like this" in the info panel: the nearest photos and videos by this one's CLIP
// embedding (readable ones only), and a link to all of them on /search?like=.
import Link from 'next/link';
import { useSimilarAssets } from '@/lib/client/search-queries';

export function SimilarStrip({ assetId }: { assetId: string }) {
  const { data } = useSimilarAssets(assetId, true);
  if (!data || data.items.length === 0) return null;
  return (
    <section className="mt-5 border-t border-neutral-700 pt-4" aria-label="More like this" data-testid="similar-strip">
      <div className="flex items-baseline justify-between">
        <h3 className="text-xs tracking-wide text-neutral-400 uppercase">More like this</h3>
        <Link href={`/search?like=${assetId}`} className="text-xs text-sky-400 underline">
          See all
        </Link>
      </div>
      <ul className="mt-2 grid grid-cols-4 gap-1">
        {data.items.map((hit) => (
          <li key={hit.id}>
            <Link href={`/photos/${hit.id}?${new URLSearchParams({ search: `like=${assetId}` })}`} className="block aspect-square overflow-hidden rounded bg-neutral-800" aria-label={hit.fileName}>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth */}
              <img src={`/api/assets/${hit.id}/thumbnail`} alt="" loading="lazy" className="h-full w-full object-cover" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
