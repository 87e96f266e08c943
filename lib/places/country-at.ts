// The country a point lies in, from world-atlas's 1:110m country outlines (topojson-client), for
// points too far from any city to name one (a desert, a glacier, a ship near a coast). Loaded on
// the first such point only. A point in open sea lies in no outline: no country. 1:110m rather
// than 1:50m: such points are far from towns, where a coarse coast matters little, and the test
// is five times faster (measured with bench/geocode.ts's random points).
// The test is a ray cast on longitude/latitude per polygon; a polygon that crosses the
// antimeridian (a piece of Russia or Fiji) is tested in 0–360° longitudes instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { alpha2OfNumeric } from './country-names';

interface Piece {
  code: string;
  box: [number, number, number, number];
  rings: Position[][];
  wraps: boolean;
}

let pieces: Piece[] | null = null;

export function countryAt(latitude: number, longitude: number): string | null {
  pieces ??= load();
  for (const p of pieces) {
    const x = p.wraps && longitude < 0 ? longitude + 360 : longitude;
    const [minX, minY, maxX, maxY] = p.box;
    if (x < minX || x > maxX || latitude < minY || latitude > maxY) continue;
    if (insidePolygon(p.rings, x, latitude)) return p.code;
  }
  return null;
}

function load(): Piece[] {
  // Resolved from the app's folder: the JSON is read as a file, never bundled.
  const file = createRequire(path.join(process.cwd(), 'package.json')).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const result: Piece[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const code = f.id === undefined ? null : alpha2OfNumeric(String(f.id));
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry) continue;
    for (const polygon of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) result.push(pieceOf(code, polygon));
  }
  return result;
}

function pieceOf(code: string, polygon: Position[][]): Piece {
  const xs = polygon[0].map((p) => p[0]);
  const wraps = Math.max(...xs) - Math.min(...xs) > 180;
  const rings = wraps ? polygon.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])) : polygon;
  const box: Piece['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return { code, box, rings, wraps };
}

/** Inside the outer ring and outside its holes (even-odd over all rings). */
function insidePolygon(rings: Position[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
