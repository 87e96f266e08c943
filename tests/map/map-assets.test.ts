// GET /api/map/assets: the photos of a clicked cluster (its bounds), newest first, paged by a
// cursor, with the filters, and nothing of another user's in the box.
import { describe, expect, it } from 'vitest';
import { GET as assetsRoute } from '@/app/api/map/assets/route';
import { GET as clustersRoute } from '@/app/api/map/clusters/route';
import type { MapAssetsPage, MapClusters } from '@/lib/map/map.schemas';
import { libraryOwner } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';
import { PARIS, PARIS_BOX, placeAsset, placeMany, TOKYO } from './map-helpers';

const box = (b: { west: number; south: number; east: number; north: number }) => `west=${b.west}&south=${b.south}&east=${b.east}&north=${b.north}`;

async function signedInOwner() {
  const user = await createUser();
  return { user, lib: await libraryOwner(user.id), cookie: (await signIn(user.id)).cookie };
}

describe('GET /api/map/assets', () => {
  it('lists the photos of a clicked cluster, newest first, a page at a time, and none of a stranger’s', async () => {
    const me = await signedInOwner();
    const stranger = await signedInOwner();
    const mine = await placeMany(me.lib, PARIS, 7);
    await placeMany(stranger.lib, PARIS, 3);
    await placeAsset(me.lib, TOKYO);

    const clusters = (await (await clustersRoute(request(`/api/map/clusters?${box(PARIS_BOX)}&zoom=3`, { cookie: me.cookie }))).json()) as MapClusters;
    expect(clusters.clusters).toHaveLength(1);
    const [paris] = clusters.clusters;
    expect(paris.count).toBe(7);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await assetsRoute(request(`/api/map/assets?${box(paris.bounds)}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, { cookie: me.cookie }));
      expect(res.status).toBe(200);
      const page = (await res.json()) as MapAssetsPage;
      seen.push(...page.assets.map((a) => a.id));
      for (const a of page.assets) expect(Math.abs(a.lat - PARIS.lat)).toBeLessThan(0.01);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...mine].sort());
    // Newest first: placeMany dates them 1 to 7 May.
    const first = (await (await assetsRoute(request(`/api/map/assets?${box(paris.bounds)}&limit=2`, { cookie: me.cookie }))).json()) as MapAssetsPage;
    expect(first.assets.map((a) => a.takenAtLocal)).toEqual(['2024-05-07T12:00:00.000', '2024-05-06T12:00:00.000']);
    expect(first.assets[0]).toMatchObject({ type: 'photo', width: 4000, height: 3000 });
  });

  it('applies the filters, and refuses a made-up cursor or a bad box with 422', async () => {
    const me = await signedInOwner();
    await placeMany(me.lib, PARIS, 2);
    await placeAsset(me.lib, PARIS, { local: '2018-06-01 08:00:00' });
    const list = async (query: string) => assetsRoute(request(`/api/map/assets?${box(PARIS_BOX)}&${query}`, { cookie: me.cookie }));
    expect(((await (await list('to=2019-01-01')).json()) as MapAssetsPage).assets).toHaveLength(1);
    expect(((await (await list('favourites=true')).json()) as MapAssetsPage).assets).toHaveLength(0);
    for (const query of ['cursor=abc', `cursor=${Buffer.from('2024-01-01T00:00:00.000_x').toString('base64url')}`, 'limit=0', 'limit=500']) {
      expect((await list(query)).status, query).toBe(422);
    }
    expect((await assetsRoute(request('/api/map/assets?west=1&south=2&east=3&north=1', { cookie: me.cookie }))).status).toBe(422);
  });
});
