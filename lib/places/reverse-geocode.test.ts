// The offline geocoder on places anyone can check on a map, and on positions that are no place.
import { describe, expect, it } from 'vitest';
import { reverseGeocode } from './reverse-geocode';
import { searchCities } from './search-cities';

describe('reverseGeocode', () => {
  it.each([
    ['the Eiffel Tower', 48.8584, 2.2945, 'Paris', 'FR', 'France'],
    ['Tokyo Tower', 35.6586, 139.7454, 'Tokyo', 'JP', 'Japan'],
    ['the Empire State Building', 40.7484, -73.9857, 'New York City', 'US', 'United States of America'],
    ['the Sydney Opera House', -33.8568, 151.2153, 'Sydney', 'AU', 'Australia'],
    ['a street in Arezzo', 43.46824, 11.88017, 'Arezzo', 'IT', 'Italy'],
  ])('names the city of %s', (_what, lat, lng, city, countryCode, country) => {
    expect(reverseGeocode(lat, lng)).toMatchObject({ city, countryCode, country, region: null });
  });

  it('names no city and no country in the middle of the Atlantic', () => {
    expect(reverseGeocode(0, -30)).toEqual({ city: null, region: null, countryCode: null, country: null, distanceKm: null });
  });

  it('names the country, but no city, far inside Greenland’s ice', () => {
    expect(reverseGeocode(71.5, -40)).toMatchObject({ city: null, countryCode: 'GL', country: 'Greenland' });
  });

  it('finds no place at 0,0 (broken GPS) nor out of range', () => {
    expect(reverseGeocode(0, 0)).toBeNull();
    expect(reverseGeocode(91, 10)).toBeNull();
    expect(reverseGeocode(10, -181)).toBeNull();
    expect(reverseGeocode(Number.NaN, 10)).toBeNull();
  });
});

describe('searchCities', () => {
  it('answers the largest cities whose names start with what was typed, accents aside', () => {
    const paris = searchCities('paris', 5);
    expect(paris[0]).toMatchObject({ name: 'Paris', countryCode: 'FR', country: 'France' });
    expect(paris.map((c) => c.population)).toEqual([...paris.map((c) => c.population)].sort((a, b) => b - a));
    expect(searchCities('zuri', 3)[0]).toMatchObject({ name: 'Zürich', countryCode: 'CH' });
    expect(searchCities('qqqqqq', 5)).toEqual([]);
  });
});
