import { describe, expect, it } from 'vitest';
import { formatBitrate, formatBytes, formatDay, formatResolution } from './card-format';

describe('list view formats', () => {
  it('writes sizes, bitrates, resolutions and days as people read them', () => {
    expect([formatBytes(1_500_000_000), formatBytes(25_000_000_000), formatBytes(340_000_000), formatBytes(2_000), formatBytes(null)]).toEqual(['1.5 GB', '25 GB', '340 MB', '2 kB', '–']);
    expect([formatBitrate(8_400_000), formatBitrate(640_000), formatBitrate(null)]).toEqual(['8.4 Mb/s', '640 kb/s', '–']);
    expect([formatResolution(1920, 1080), formatResolution(1080, 1920), formatResolution(3840, 2160), formatResolution(null, 10)]).toEqual(['1080p', '1080p', '4K', '–']);
    expect([formatDay('2025-01-03'), formatDay('2025-01-03T23:30:00.000Z'), formatDay(null)]).toEqual(['3 Jan 2025', '3 Jan 2025', '–']);
  });
});
