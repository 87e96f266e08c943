import { describe, expect, it } from 'vitest';
import { parseCoordinates } from './parse-coordinates';

describe('parseCoordinates', () => {
  it('reads "lat, lng" as people paste it from a map', () => {
    expect(parseCoordinates('48.8584, 2.2945')).toEqual({ latitude: 48.8584, longitude: 2.2945 });
    expect(parseCoordinates(' -33.8568 151.2153 ')).toEqual({ latitude: -33.8568, longitude: 151.2153 });
    expect(parseCoordinates('40.7;-74')).toEqual({ latitude: 40.7, longitude: -74 });
  });

  it('refuses city names, out-of-range values and 0,0', () => {
    expect(parseCoordinates('Paris')).toBeNull();
    expect(parseCoordinates('91, 10')).toBeNull();
    expect(parseCoordinates('10, 181')).toBeNull();
    expect(parseCoordinates('0, 0')).toBeNull();
  });
});
