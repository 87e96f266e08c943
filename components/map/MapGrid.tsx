'use client';
// The photos of a chosen cluster as justified rows (the timeline's layout maths and thumbhash
// tiles), newest first; each opens the viewer. More pages load on demand.
import { Play } from 'lucide-react';
import Link from 'next/link';
import { useElementWidth } from '@/components/use-element-width';
import { ThumbhashImage } from '@/components/timeline/ThumbhashImage';
import { justifyRows } from '@/lib/client/justify-rows';
import type { MapAsset } from '@/lib/map/map.schemas';

const ROW_HEIGHT = 150;
const PHONE_ROW_HEIGHT = 110;
const GAP = 4;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function MapGrid({ assets }: { assets: MapAsset[] }) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const target = width < 640 ? PHONE_ROW_HEIGHT : ROW_HEIGHT;
  const ratios = assets.map((a) => a.width / Math.max(1, a.height));
  const rows = width > 0 ? justifyRows(ratios, width, target, GAP) : [];
  return (
    <div ref={box} className="flex flex-col" style={{ gap: GAP }} data-testid="map-grid">
      {rows.map((row) => (
        <div key={row.start} className="flex" style={{ gap: GAP, height: row.height }}>
          {assets.slice(row.start, row.end).map((a, i) => (
            <Link
              key={a.id}
              href={`/photos/${a.id}`}
              aria-label={`${a.type === 'video' ? 'Video' : 'Photo'}, ${dateFormat.format(new Date(`${a.takenAtLocal}Z`))}, ${a.fileName}`}
              className="relative block shrink-0 overflow-hidden bg-neutral-800 focus:outline-3 focus:-outline-offset-3 focus:outline-sky-400"
              style={{ width: Math.min(4, Math.max(0.25, ratios[row.start + i])) * row.height }}
              data-testid="tile"
              data-asset-id={a.id}
            >
              {a.thumbhash && <ThumbhashImage thumbhash={a.thumbhash} />}
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
              <img src={`/api/assets/${a.id}/thumbnail`} alt="" loading="lazy" decoding="async" className="relative h-full w-full object-cover" />
              {a.type === 'video' && <Play aria-hidden size={14} className="absolute right-1 top-1 fill-current text-white drop-shadow" />}
            </Link>
          ))}
        </div>
      ))}
    </div>
  );
}
