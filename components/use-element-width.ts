'use client';
// The width of an element, kept current by a ResizeObserver: what the justified grids (the
// map's, a person's photos) lay their rows out to. 0 until the element is on screen.
import { type RefObject, useEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}
