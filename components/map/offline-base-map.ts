// The offline base map: Natural Earth's countries (world-atlas, 1:50m) as two Leaflet GeoJSON
// layers, land and borders, in the app's dark greys. The TopoJSON ships inside the app's
// bundle (a chunk loaded by /map only); nothing is fetched from outside.
import type L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export async function offlineBaseLayers(leaflet: typeof L, pane: string): Promise<L.Layer[]> {
  const world = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(world, world.objects.land);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  return [
    leaflet.geoJSON(land, { pane, interactive: false, style: { stroke: false, fillColor: '#262626', fillOpacity: 1 } }),
    leaflet.geoJSON(borders, { pane, interactive: false, style: { color: '#525252', weight: 0.8, fill: false } }),
  ];
}
