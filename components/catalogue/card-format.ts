// How the list view writes a video's numbers: sizes in MB/GB, bitrate in Mb/s, the short side
// as "1080p", a day as 3 Jan 2025. A missing value is an en dash.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const NONE = '–';

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return NONE;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(bytes >= 1e10 ? 0 : 1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

export function formatBitrate(bitsPerSecond: number | null | undefined): string {
  if (bitsPerSecond == null) return NONE;
  return bitsPerSecond >= 1e6 ? `${(bitsPerSecond / 1e6).toFixed(1)} Mb/s` : `${Math.round(bitsPerSecond / 1e3)} kb/s`;
}

export function formatResolution(width: number | null, height: number | null): string {
  if (!width || !height) return NONE;
  const short = Math.min(width, height);
  return short >= 2160 ? '4K' : `${short}p`;
}

/** A day (YYYY-MM-DD) or an instant as a date. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return NONE;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? NONE : dayFormat.format(date);
}
