'use client';
// The Leaflet map: the base layer (tiles from MAP_STYLE_URL, else the offline world-atlas
// map), and the clusters as round thumbnails with their count. It reports its view (box and
// zoom) after every move, and a chosen cluster: a click zooms into a big one, or hands a small
// one (or one that cannot spread further) to the page's grid. Keyboard: the map is focusable
// (arrows pan, +/- zoom, Leaflet's own keys) and each marker is a button (Enter chooses it).
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { normaliseBbox } from '@/lib/client/map-api';
import type { MapBaseLayer } from '@/lib/map/map-base-layer';
import type { MapBbox, MapCluster } from '@/lib/map/map.schemas';
import { offlineBaseLayers } from './offline-base-map';

export const MAP_VIEW_MAX_ZOOM = 18;
/** A cluster this small opens in the grid instead of zooming in. */
const GRID_COUNT = 40;

export interface MapViewState {
  bbox: MapBbox;
  zoom: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function clusterIcon(c: MapCluster): L.DivIcon {
  const size = c.count === 1 ? 44 : Math.min(72, 48 + Math.round(Math.log10(c.count) * 8));
  const badge = c.count > 1 ? `<span class="absolute -right-1 -top-1 min-w-6 rounded-full bg-sky-700 px-1.5 text-center text-xs font-semibold leading-6 text-white shadow">${c.count >= 10_000 ? `${Math.round(c.count / 1000)}k` : c.count}</span>` : '';
  return L.divIcon({
    className: '',
    iconSize: [size, size],
    // Inline size: Leaflet's CSS gives images in the marker pane `width: auto`, which beat the classes.
    html: `<span class="relative block h-full w-full"><img src="/api/assets/${c.assetId}/thumbnail" alt="" style="width:${size}px;height:${size}px" class="rounded-full border-2 border-white bg-neutral-700 object-cover shadow-lg" />${badge}</span>`,
  });
}

export function MapView(props: {
  baseLayer: MapBaseLayer;
  clusters: MapCluster[];
  onView: (view: MapViewState) => void;
  onChoose: (cluster: MapCluster) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const m = L.map(el, { center: [30, 10], zoom: 2, minZoom: 1, maxZoom: MAP_VIEW_MAX_ZOOM, worldCopyJump: true, keyboard: true, attributionControl: true });
    map.current = m;
    const base = props.baseLayer;
    let cancelled = false;
    if (base.tileUrl) {
      L.tileLayer(base.tileUrl, { attribution: escapeHtml(base.attribution), maxZoom: MAP_VIEW_MAX_ZOOM }).addTo(m);
    } else {
      m.attributionControl.addAttribution('Natural Earth');
      void offlineBaseLayers(L, 'tilePane').then((layers) => {
        if (!cancelled) for (const layer of layers) layer.addTo(m);
      });
    }
    markers.current = L.layerGroup().addTo(m);
    const report = () => {
      const b = m.getBounds();
      el.dataset.zoom = String(m.getZoom());
      callbacks.current.onView({ bbox: normaliseBbox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), zoom: m.getZoom() });
    };
    m.on('moveend', report);
    report();
    const container = m.getContainer();
    container.setAttribute('aria-label', 'Map of your photos and videos. Arrow keys move it, plus and minus zoom.');
    container.setAttribute('role', 'application');
    return () => {
      cancelled = true;
      m.remove();
      map.current = null;
    };
    // The base layer is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const m = map.current;
    const group = markers.current;
    if (!m || !group) return;
    group.clearLayers();
    for (const c of props.clusters) {
      const label = c.count === 1 ? 'One photo here' : `${c.count} photos here`;
      const marker = L.marker([c.lat, c.lng], { icon: clusterIcon(c), keyboard: true, title: label, riseOnHover: true });
      marker.on('click', () => {
        const bounds = L.latLngBounds([c.bounds.south, c.bounds.west], [c.bounds.north, c.bounds.east]);
        const target = Math.min(MAP_VIEW_MAX_ZOOM, m.getBoundsZoom(bounds, false, L.point(80, 80)));
        if (c.count <= GRID_COUNT || target <= m.getZoom()) callbacks.current.onChoose(c);
        else m.fitBounds(bounds, { padding: [40, 40], maxZoom: MAP_VIEW_MAX_ZOOM });
      });
      marker.addTo(group);
      const el = marker.getElement();
      if (el) {
        el.setAttribute('aria-label', label);
        el.dataset.testid = 'map-marker';
        el.dataset.lat = String(c.lat);
        el.dataset.lng = String(c.lng);
        el.dataset.count = String(c.count);
      }
    }
  }, [props.clusters]);

  return <div ref={box} className="h-full w-full" style={{ background: '#0a0a0a' }} data-testid="map" />;
}
