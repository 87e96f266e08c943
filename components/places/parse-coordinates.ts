// "48.8584, 2.2945" (or with a space, or a semicolon) → a position; anything else, or out of
// range, or 0,0 (broken GPS) → null. The server checks the same again.
import type { LocationInput } from '@/lib/places/places.schemas';

const PAIR = /^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$/;

export function parseCoordinates(text: string): LocationInput | null {
  const m = PAIR.exec(text);
  if (!m) return null;
  const latitude = Number(m[1]);
  const longitude = Number(m[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return null;
  return { latitude, longitude };
}
