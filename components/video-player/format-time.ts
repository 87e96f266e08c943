// Clock labels of the player: 0:05, 12:34, 1:02:03. Floors, so the label never runs ahead of
// the picture; negative and non-finite times read as 0:00.

export function formatClock(seconds: number, withHours = false): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 || withHours ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Both sides of "1:05 / 1:02:03" with the same shape, so the label does not jump at an hour. */
export function formatPosition(seconds: number, duration: number): string {
  const hours = duration >= 3600;
  return `${formatClock(seconds, hours)} / ${formatClock(duration, hours)}`;
}

/** Spoken form for screen readers: "1 hour 2 minutes 3 seconds". */
export function spokenClock(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const parts: string[] = [];
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s || parts.length === 0) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** What people type for a time: 75, 1:15, 01:02:03 (seconds may have a fraction). */
export function parseClock(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length > 3 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return null;
  if (parts.slice(0, -1).some((p) => p.includes('.'))) return null;
  return parts.reduce((total, p) => total * 60 + Number(p), 0);
}
