// What the map draws under the clusters: the administrator's tile server (MAP_STYLE_URL, with
// its credit) or, when none is set, the offline world-atlas land and borders.
import { env } from '@/lib/server/env';

export interface MapBaseLayer {
  /** XYZ tile URL template, or null for the offline base map. */
  tileUrl: string | null;
  /** Plain text. */
  attribution: string;
}

export function mapBaseLayer(): MapBaseLayer {
  return { tileUrl: env.MAP_STYLE_URL ?? null, attribution: env.MAP_ATTRIBUTION };
}
