// The map in real Chromium against the built app: a household member of their own with the
// corpus's geotagged photos (nine around Arezzo, two in Madrid, one in Helsinki, found with
// exifr). /map draws them on the offline base map as clusters at their real places (the
// markers' lat/lng and their position on screen); the keyboard zooms in until Arezzo's nine
// are a cluster of their own, a click on it shows its nine photos in the grid, and a tile opens
// the viewer; screenshots at 1280 and 390 px, axe, nothing scrolls sideways.
//
// Until the places helper's ingest fills asset_places, the setup copies each photo's EXIF
// position into it with one SQL statement (marked below); the lead removes it after merging.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import pg from 'pg';
import { runningEmbeddedUrl } from '../lib/server/embedded-db';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

const GPS = 'exif-samples/jpg/gps';
const FILES = [
  ...['DSCN0010', 'DSCN0012', 'DSCN0021', 'DSCN0025', 'DSCN0027', 'DSCN0029', 'DSCN0038', 'DSCN0040', 'DSCN0042'].map((n) => [`${GPS}/${n}.jpg`, `arezzo/${n}.jpg`]),
  ['exif-samples/jpg/hdr/iphone_hdr_NO.jpg', 'madrid/hdr-no.jpg'],
  ['exif-samples/jpg/hdr/iphone_hdr_YES.jpg', 'madrid/hdr-yes.jpg'],
  ['exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg', 'helsinki/nokia.jpg'],
];
const AREZZO = { lat: 43.467, lng: 11.883 };

async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `map-${randomBytes(4).toString('hex')}@example.test`, name: 'Mia Maps', password: 'where was this taken' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

async function database(): Promise<pg.Client> {
  const url = await runningEmbeddedUrl(path.join('.e2e-data', 'postgres'), Number(process.env.E2E_PG_PORT ?? 54331), 'shoebox');
  if (!url) throw new Error('The e2e database is not running');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function markers(page: Page) {
  return page.getByTestId('map-marker').evaluateAll((els) =>
    els.map((el) => ({ lat: Number((el as HTMLElement).dataset.lat), lng: Number((el as HTMLElement).dataset.lng), count: Number((el as HTMLElement).dataset.count) })),
  );
}

/** Markers sit where Web Mercator at the map's zoom puts their lat/lng: the on-screen offset
 * between any two markers is the offset between their projected positions (256-pixel tiles). */
async function expectDrawnAtTheirPlaces(page: Page) {
  const zoom = Number(await page.getByTestId('map').getAttribute('data-zoom'));
  const drawn = await page.getByTestId('map-marker').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { lat: Number((el as HTMLElement).dataset.lat), lng: Number((el as HTMLElement).dataset.lng), x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  const project = (lat: number, lng: number) => {
    const scale = 256 * 2 ** zoom;
    const sin = Math.sin((lat * Math.PI) / 180);
    return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
  };
  const [a, ...others] = drawn;
  const pa = project(a.lat, a.lng);
  for (const b of others) {
    const pb = project(b.lat, b.lng);
    expect(Math.abs(b.x - a.x - (pb.x - pa.x))).toBeLessThan(2);
    expect(Math.abs(b.y - a.y - (pb.y - pa.y))).toBeLessThan(2);
  }
  return drawn.length;
}

test('geotagged photos on the map: clusters at their places, zoom in, open a cluster’s photos', async ({ page: admin, browser }) => {
  test.setTimeout(480_000);
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const memberId = await newMember(admin, page);
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-map-'));
  for (const [from, to] of FILES) {
    await mkdir(path.dirname(path.join(root, to)), { recursive: true });
    await copyFile(path.join(corpusDir, 'photos', from), path.join(root, to));
  }
  expect((await admin.request.post('/api/libraries', { data: { name: 'Travels', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  const db = await database();
  try {
    // Ingest reads each photo's GPS and puts it in asset_places (lib/places) for the map.
    await expect
      .poll(async () => (await db.query(`SELECT count(*)::int AS n FROM asset_places p JOIN assets a ON a.id = p.asset_id WHERE a.owner_id = $1 AND a.ingest_status = 'ready'`, [memberId])).rows[0].n, { timeout: 300_000, intervals: [1000] })
      .toBe(FILES.length);
  } finally {
    await db.end();
  }

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/map');
  await expect(page.getByTestId('map-total')).toHaveText(`${FILES.length} in view`);
  await expect(page.locator('.leaflet-tile-pane path').first()).toBeAttached(); // the offline land and borders, drawn in the tile pane
  await expect(page.getByTestId('map-marker').first()).toBeVisible();
  const world = await markers(page);
  expect(world.reduce((s, m) => s + m.count, 0)).toBe(FILES.length);
  // Every marker is in Europe, where these photos were taken.
  for (const m of world) {
    expect(m.lat).toBeGreaterThan(35);
    expect(m.lat).toBeLessThan(65);
    expect(m.lng).toBeGreaterThan(-10);
    expect(m.lng).toBeLessThan(30);
  }
  await page.screenshot({ path: '/work/shots/map-1280-world.png' });

  // Zoom in from the keyboard (the map is focusable; + zooms) until the nine Arezzo photos are
  // a cluster of their own, near Arezzo, apart from Madrid's two.
  await page.getByRole('application').focus();
  let arezzo: Locator | null = null;
  for (let step = 0; step < 5 && !arezzo; step++) {
    const now = await markers(page);
    const near = now.findIndex((m) => m.count === 9 && Math.abs(m.lat - AREZZO.lat) < 0.05 && Math.abs(m.lng - AREZZO.lng) < 0.05);
    if (near >= 0) {
      arezzo = page.getByTestId('map-marker').nth(near);
      break;
    }
    await page.keyboard.press('+');
    await expect.poll(async () => JSON.stringify(await markers(page))).not.toBe(JSON.stringify(now));
  }
  expect(arezzo).not.toBeNull();
  await expect(arezzo!).toHaveAttribute('aria-label', '9 photos here');
  expect(await expectDrawnAtTheirPlaces(page)).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: '/work/shots/map-1280-europe.png' });

  // The Arezzo cluster, chosen: its nine photos in the grid.
  await arezzo!.click();
  const grid = page.getByTestId('map-grid');
  await expect(grid.getByTestId('tile')).toHaveCount(9);
  await expect(page.getByRole('heading', { name: '9 photos' })).toBeVisible();
  await expectNoSeriousIssues(page, '/map');
  await page.screenshot({ path: '/work/shots/map-1280-grid.png' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  const first = grid.getByTestId('tile').first();
  const id = await first.getAttribute('data-asset-id');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/photos/${id}`));

  // A phone: the map on top, the grid under it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/map');
  await expect(page.getByTestId('map-total')).toHaveText(`${FILES.length} in view`);
  await expect(page.getByTestId('map-marker').first()).toBeVisible();
  await page.getByRole('button', { name: 'Show photos in view' }).click();
  await expect(page.getByTestId('map-grid').getByTestId('tile')).toHaveCount(FILES.length);
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  const gridBox = (await page.getByTestId('map-grid').boundingBox())!;
  expect(gridBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousIssues(page, '/map (phone)');
  await page.screenshot({ path: '/work/shots/map-390.png', fullPage: true });
  await context.close();
});
