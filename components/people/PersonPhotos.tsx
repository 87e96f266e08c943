'use client';
// A person's photos as justified rows (the timeline's layout maths and thumbhash tiles); each
// opens the photo viewer.
import { Play } from 'lucide-react';
import Link from 'next/link';
import { useElementWidth } from '@/components/use-element-width';
import { ThumbhashImage } from '@/components/timeline/ThumbhashImage';
import { justifyRows } from '@/lib/client/justify-rows';
import type { PersonPhoto } from '@/lib/faces/faces.schemas';

const ROW_HEIGHT = 180;
const PHONE_ROW_HEIGHT = 120;
const GAP = 4;

export function PersonPhotos({ photos }: { photos: PersonPhoto[] }) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const target = width < 640 ? PHONE_ROW_HEIGHT : ROW_HEIGHT;
  const ratios = photos.map((p) => p.width / Math.max(1, p.height));
  const rows = width > 0 ? justifyRows(ratios, width, target, GAP) : [];
  return (
    <div ref={box} className="flex flex-col" style={{ gap: GAP }} data-testid="person-photos">
      {rows.map((row) => (
        <div key={row.start} className="flex" style={{ gap: GAP, height: row.height }}>
          {photos.slice(row.start, row.end).map((p, i) => (
            <Link
              key={p.id}
              href={`/photos/${p.id}`}
              className="relative block shrink-0 overflow-hidden bg-neutral-800 focus:outline-3 focus:-outline-offset-3 focus:outline-sky-400"
              style={{ width: Math.min(4, Math.max(0.25, ratios[row.start + i])) * row.height }}
              data-testid="tile"
            >
              {p.thumbhash && <ThumbhashImage thumbhash={p.thumbhash} />}
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
              <img src={`/api/assets/${p.id}/thumbnail`} alt={p.fileName} loading="lazy" decoding="async" className="relative h-full w-full object-cover" />
              {p.type === 'video' && <Play aria-hidden size={14} className="absolute right-1 top-1 fill-current text-white drop-shadow" />}
            </Link>
          ))}
        </div>
      ))}
    </div>
  );
}
