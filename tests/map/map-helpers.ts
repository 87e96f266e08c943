// Geotagged assets for the map tests: assets made in SQL (tests/support/asset-factory) with a
// row in asset_places, as the places helper's ingest writes it.
import { prisma } from '@/lib/server/db';
import { createAsset, type AssetSeed } from '../support/asset-factory';

export const PARIS = { lat: 48.8566, lng: 2.3522 };
export const LONDON = { lat: 51.5072, lng: -0.1276 };
export const TOKYO = { lat: 35.6762, lng: 139.6503 };
/** Taveuni, Fiji, on both sides of the 180th meridian. */
export const FIJI_EAST = { lat: -16.8, lng: 179.9 };
export const FIJI_WEST = { lat: -16.9, lng: -179.95 };

/** The world, and a box around central Paris (a city view at zoom 12). */
export const WORLD = { west: -180, south: -85, east: 180, north: 85 };
export const PARIS_BOX = { west: 2.2, south: 48.8, east: 2.5, north: 48.92 };

export async function placeAsset(owner: { ownerId: string; libraryId: string }, where: { lat: number; lng: number }, seed: Partial<AssetSeed> & { jitter?: number } = {}) {
  const id = await createAsset(owner, { local: '2024-05-10 12:00:00', ...seed });
  const j = seed.jitter ?? 0;
  await prisma().$executeRaw`INSERT INTO asset_places (asset_id, latitude, longitude) VALUES (${id}::uuid, ${where.lat + j}, ${where.lng + j})`;
  return id;
}

/** `n` photos around a place (spread over ~100 m), distinct days of May 2024. */
export async function placeMany(owner: { ownerId: string; libraryId: string }, where: { lat: number; lng: number }, n: number, seed: Partial<AssetSeed> = {}) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await placeAsset(owner, where, { local: `2024-05-${String(1 + (i % 28)).padStart(2, '0')} 12:00:00`, jitter: i * 0.0001, ...seed }));
  return ids;
}

export const totalOf = (clusters: { count: number }[]) => clusters.reduce((s, c) => s + c.count, 0);

/** The count of the cluster whose centre is within `degrees` of a place (0 when none). */
export const countNear = (clusters: { lat: number; lng: number; count: number }[], where: { lat: number; lng: number }, degrees = 3) =>
  clusters.filter((c) => Math.abs(c.lat - where.lat) < degrees && Math.abs(c.lng - where.lng) < degrees).reduce((s, c) => s + c.count, 0);
