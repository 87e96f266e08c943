'use client';
// A middle click on a card opens it in a new tab (the browser does that for a link); a middle
// button DRAG must not: some people pan or autoscroll with it. The press's position is kept,
// and the auxclick that ends a press which moved more than a few pixels is cancelled.
import { type MouseEvent, type PointerEvent, useRef } from 'react';

const MIDDLE = 1;
/** Farther than this between press and release is a drag, not a click. */
const DRAG_PX = 5;

export function useMiddleDragGuard() {
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      pressedAt.current = event.button === MIDDLE ? { x: event.clientX, y: event.clientY } : null;
    },
    onAuxClick(event: MouseEvent) {
      const start = pressedAt.current;
      pressedAt.current = null;
      if (event.button !== MIDDLE || !start) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > DRAG_PX) event.preventDefault();
    },
  };
}
