'use client';
// Where the pointer is on a card: resting on it at all (a mouse or pen, never touch: the teaser
// plays) and, over the bottom third of the poster (the scrub strip), at which fraction of its
// width. Handlers go on the whole card: its link covers it, so the poster itself never gets
// the pointer's events.
import { type PointerEvent, useRef, useState } from 'react';

export interface Scrub {
  /** 0–1 across the poster. */
  fraction: number;
  /** The poster's box in CSS pixels. */
  width: number;
  height: number;
}

/** The scrub strip: this share of the poster's height, at its bottom. */
const STRIP = 1 / 3;

export function useCardPreview() {
  const poster = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);
  const [scrub, setScrub] = useState<Scrub | null>(null);
  const handlers = {
    onPointerEnter(event: PointerEvent) {
      if (event.pointerType !== 'touch') setHovered(true);
    },
    onPointerLeave() {
      setHovered(false);
      setScrub(null);
    },
    onPointerMove(event: PointerEvent) {
      const box = poster.current?.getBoundingClientRect();
      if (event.pointerType === 'touch' || !box) return;
      const inStrip = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.bottom - box.height * STRIP && event.clientY <= box.bottom;
      if (!inStrip) return setScrub(null);
      setScrub({ fraction: Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)), width: box.width, height: box.height });
    },
  };
  return { poster, hovered, scrub, handlers };
}
