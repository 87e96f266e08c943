// Where the user was in a timeline view when a photo was opened, and the photo the viewer
// showed last: kept per tab in sessionStorage (it survives a reload of the viewer) so that
// going back — Esc, the viewer's back arrow, the browser's Back — lands on the same place with
// that photo in view. The timeline takes the place when it mounts; it is used once.
import type { TimelineView } from '@/lib/timeline/timeline.schemas';

export interface ListAnchor {
  /** The item at the viewport's top, how far into it, and its month (for a placeholder). */
  key: string;
  month: string;
  into: number;
  monthFraction: number;
}

export interface TimelinePlace {
  anchor: ListAnchor;
  /** The photo on screen in the viewer last (month: its local month, the timeline's group). */
  viewed: { id: string; month: string };
  /** The viewer was opened from this timeline, so the previous history entry is it. */
  fromTimeline: boolean;
}

const storageKey = (view: TimelineView) => `shoebox:timeline-place:${view}`;

function write(view: TimelineView, place: TimelinePlace | null) {
  try {
    if (place) sessionStorage.setItem(storageKey(view), JSON.stringify(place));
    else sessionStorage.removeItem(storageKey(view));
  } catch {
    // Storage full or disabled: the timeline opens at the top, as it did before.
  }
}

export function readTimelinePlace(view: TimelineView): TimelinePlace | null {
  try {
    const raw = sessionStorage.getItem(storageKey(view));
    const place = raw ? (JSON.parse(raw) as TimelinePlace) : null;
    return place && typeof place.anchor?.key === 'string' && typeof place.viewed?.id === 'string' ? place : null;
  } catch {
    return null;
  }
}

export const saveTimelinePlace = (view: TimelineView, place: TimelinePlace) => write(view, place);
export const forgetTimelinePlace = (view: TimelineView) => write(view, null);

/** The viewer moved to another photo: the timeline will bring that one into view. */
export function noteViewedPhoto(view: TimelineView, id: string, month: string) {
  const place = readTimelinePlace(view);
  if (place && place.viewed.id !== id) write(view, { ...place, viewed: { id, month } });
}
