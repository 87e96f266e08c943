'use client';
// Faces drawn on the photo: each detected face's box (relative to the upright preview) over the
// picture as object-contain fits it, with the person's name when the face has one.
import { useLayoutEffect, useRef, useState } from 'react';
import { useAssetAnalysis } from '@/lib/client/search-queries';

export function FaceBoxes({ assetId, ratio }: { assetId: string; ratio: number }) {
  const { data } = useAssetAnalysis(assetId, true);
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The picture's rectangle inside the box, as object-contain places it.
  const fitsWidth = size.width / Math.max(1, size.height) < ratio;
  const width = fitsWidth ? size.width : size.height * ratio;
  const height = fitsWidth ? size.width / ratio : size.height;
  const left = (size.width - width) / 2;
  const top = (size.height - height) / 2;
  return (
    <div ref={ref} className="pointer-events-none absolute inset-0" data-testid="face-boxes">
      {data?.faces.map((face) => (
        <div
          key={face.id}
          className="absolute rounded border-2 border-sky-400 shadow-[0_0_0_1px_rgba(0,0,0,0.6)]"
          style={{ left: left + face.box.x * width, top: top + face.box.y * height, width: face.box.w * width, height: face.box.h * height }}
          data-testid="face-box"
        >
          <span className="absolute top-full left-0 mt-1 max-w-40 truncate rounded bg-black/75 px-1.5 py-0.5 text-xs whitespace-nowrap text-white">{face.personName ?? 'Unnamed'}</span>
        </div>
      ))}
    </div>
  );
}
