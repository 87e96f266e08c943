import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { tileImageSource } from './security-headers';

describe('the map tile server in img-src', () => {
  it('takes the origin of MAP_STYLE_URL, {s} subdomains as a wildcard, and nothing when unset', () => {
    expect(tileImageSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileImageSource('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080');
    expect(tileImageSource(undefined)).toBeUndefined();
    expect(contentSecurityPolicy({ scriptSrc: "'self'", dev: false, imgSrc: 'https://tile.openstreetmap.org' })).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    expect(contentSecurityPolicy({ scriptSrc: "'self'", dev: false })).toContain("img-src 'self' data: blob:;");
  });
});
