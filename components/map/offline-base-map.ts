// The offline base map: Natural Earth's countries (world-atlas, 1:50m) as two Leaflet GeoJSON
// layers, land and borders, in the app's dark greys. The TopoJSON ships inside the app's
// bundle (a chunk loaded by /map only); nothing is fetched from outside.
import type L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Position = number[];

/** A ring or line whose longitudes jump across the antimeridian (Russia's Chukotka, Fiji) made
 * continuous (190 instead of -170): Leaflet draws in plain longitude, so the jump would be a
 * band across the whole map. */
function unwrap(line: Position[]): Position[] {
  let shift = 0;
  return line.map((p, i) => {
    if (i > 0) {
      const step = p[0] - line[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [p[0] + shift, p[1]];
  });
}

function unwrapGeometry(g: GeoJSON.Geometry): GeoJSON.Geometry {
  switch (g.type) {
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map(unwrap) };
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrap)) };
    case 'LineString':
      return { ...g, coordinates: unwrap(g.coordinates) };
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map(unwrap) };
    default:
      return g;
  }
}

function unwrapFeature<F extends GeoJSON.Feature | GeoJSON.FeatureCollection>(f: F): F {
  if (f.type === 'FeatureCollection') return { ...f, features: f.features.map((x) => ({ ...x, geometry: unwrapGeometry(x.geometry) })) };
  return { ...f, geometry: unwrapGeometry((f as GeoJSON.Feature).geometry) };
}

export async function offlineBaseLayers(leaflet: typeof L, pane: string): Promise<L.Layer[]> {
  const world = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = unwrapFeature(feature(world, world.objects.land));
  const borders = unwrapGeometry(mesh(world, world.objects.countries, (a, b) => a !== b));
  return [
    leaflet.geoJSON(land, { pane, interactive: false, style: { stroke: false, fillColor: '#262626', fillOpacity: 1 } }),
    leaflet.geoJSON(borders, { pane, interactive: false, style: { color: '#525252', weight: 0.8, fill: false } }),
  ];
}
