'use client';
// The login page's "random image + theme". The login page is public, so it never shows a
// photo from the server: while someone is signed in, their browser asks GET /api/random for
// one of their own pictures and keeps only its thumbhash (about 25 bytes, a blur by design)
// and its dominant colour in localStorage. After they log out (or their session ends), the
// login page on that same browser paints that blur full-screen and takes the colour as its
// accent. A browser that never signed in shows the plain page.
import { z } from 'zod';
import type { RandomAsset } from '@/lib/timeline/timeline.schemas';
import { apiFetch, ApiError } from './api';

const KEY = 'shoebox:login-backdrop';
const REFRESH_MS = 24 * 60 * 60 * 1000;

const backdropSchema = z.object({
  thumbhash: z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(200),
  dominant: z.string().regex(/^#[0-9a-f]{6}$/i),
  at: z.number(),
});
export type LoginBackdrop = z.infer<typeof backdropSchema>;

export function readLoginBackdrop(): LoginBackdrop | null {
  try {
    const parsed = backdropSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled or damaged: the plain page
  }
}

/** Picks a new picture at most once a day, or now when `force` (at logout). */
export async function refreshLoginBackdrop(force: boolean): Promise<void> {
  const current = readLoginBackdrop();
  if (!force && current && Date.now() - current.at < REFRESH_MS) return;
  try {
    const random = await apiFetch<RandomAsset>('/api/random');
    if (!random.thumbhash) return;
    localStorage.setItem(KEY, JSON.stringify({ thumbhash: random.thumbhash, dominant: random.colours.dominant, at: Date.now() }));
  } catch (error) {
    // No photos yet (404): nothing to show. Anything else: keep what we had.
    if (error instanceof ApiError && error.status === 404) localStorage.removeItem(KEY);
  }
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
