import { describe, expect, it } from 'vitest';
import { normaliseBbox } from './map-api';

describe('normaliseBbox', () => {
  it('keeps an ordinary view, wraps one that Leaflet scrolled past the antimeridian, and widens a 360° view to the world', () => {
    expect(normaliseBbox(2.2, 48.8, 2.5, 48.9)).toEqual({ west: 2.2, south: 48.8, east: 2.5, north: 48.9 });
    // Over the Pacific: Leaflet says 170 to 190; the API wants 170 to -170.
    expect(normaliseBbox(170, -30, 190, 0)).toEqual({ west: 170, south: -30, east: -170, north: 0 });
    expect(normaliseBbox(-200, -30, -170, 0)).toEqual({ west: 160, south: -30, east: -170, north: 0 });
    expect(normaliseBbox(-300, -95, 400, 95)).toEqual({ west: -180, south: -90, east: 180, north: 90 });
    expect(normaliseBbox(0, 0, 180, 10)).toEqual({ west: 0, south: 0, east: 180, north: 10 });
  });
});
