// Places (issue 15): photos with GPS land on their cities at ingest; /places lists them by
// country with covers; a city opens its photos; the viewer's info panel shows the place, and the
// owner sets it by hand from the offline typeahead and reverts it; search finds a city. Axe
// finds no serious issue on /places, the info panel and the location dialog at 390 and 1280 px.
// Waits on API state, never a timer. Screenshots go to /work/shots when that folder exists.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { corpusDir } from './support/corpus';

const SHOTS = '/work/shots';
const FILES: Record<string, string> = {
  'italy/DSCN0029.jpg': 'photos/exif-samples/jpg/gps/DSCN0029.jpg',
  'italy/DSCN0010.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
  'spain/iphone.jpg': 'photos/exif-samples/jpg/hdr/iphone_hdr_YES.jpg',
  'finland/nokia.jpg': 'photos/exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg',
};

async function shot(page: Page, name: string): Promise<void> {
  if (existsSync(SHOTS)) await page.screenshot({ path: path.join(SHOTS, `places-${name}-${page.viewportSize()?.width}.png`) });
}

test('places: cities from GPS, the Places page, a place set by hand and reverted, search by city', async ({ page }) => {
  await signInAsAdmin(page);
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-places-')), 'travels');
  for (const [to, from] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, to)), { recursive: true });
    await cp(path.join(corpusDir, from), path.join(root, to));
  }
  const me = (await (await page.request.get('/api/me')).json()).user.id;
  expect((await page.request.post('/api/libraries', { data: { name: 'Travels', rootPath: root, ownerId: me } })).status()).toBe(201);
  // Other specs may have ingested the corpus (the same photos) already: counts are at least ours.
  const ready = async () => {
    const { libraries } = await (await page.request.get('/api/libraries')).json();
    return (libraries as { rootPath: string; counts: { ready: number } }[]).find((l) => l.rootPath === root)?.counts.ready;
  };
  await expect.poll(ready, { timeout: 120_000, intervals: [1000] }).toBe(4);
  const cities = async () => {
    const { countries } = await (await page.request.get('/api/places')).json();
    return (countries as { cities: { city: string }[] }[]).flatMap((c) => c.cities.map((x) => x.city));
  };
  expect(await cities()).toEqual(expect.arrayContaining(['Arezzo', 'Helsinki', 'Madrid']));

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/places');
    await expect(page.getByRole('heading', { name: 'Italy' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Arezzo ?, \d+ photos$/ })).toBeVisible();
    await expectNoSeriousIssues(page, '/places');
    await shot(page, 'page');
  }

  await page.getByRole('link', { name: /^Arezzo ?, \d+ photos$/ }).click();
  await expect(page.getByRole('heading', { name: 'Arezzo, Italy' })).toBeVisible();
  await expect(page.getByTestId('search-tile').first()).toBeVisible();
  await shot(page, 'city');

  // The Madrid photo in the viewer: its place, then set by hand to Paris, then reverted.
  const search = await (await page.request.get('/api/search?q=madrid')).json();
  const id = (search.items as { id: string; fileName: string }[]).find((h) => h.fileName === 'iphone.jpg')!.id;
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(`/photos/${id}`);
    await page.getByRole('button', { name: 'Info' }).click();
    await expect(page.getByTestId('place-label')).toHaveText('Madrid, Spain');
    await expectNoSeriousIssues(page, 'info panel');
    await shot(page, 'info');
  }
  await page.getByRole('button', { name: 'Edit location' }).click();
  const dialog = page.getByRole('dialog', { name: /Set location/ });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('City, or latitude and longitude').fill('pari');
  await expect(dialog.getByRole('option', { name: 'Paris, France' })).toBeVisible();
  await expectNoSeriousIssues(page, 'location dialog');
  await shot(page, 'dialog');
  await page.setViewportSize(VIEWPORTS[1]);
  await shot(page, 'dialog');
  await dialog.getByRole('option', { name: 'Paris, France' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('place-label')).toHaveText('Paris, France');
  await expect(page.getByTestId('place-manual')).toHaveText('set by hand');
  await shot(page, 'info-manual');
  expect((await (await page.request.get('/api/search?q=paris')).json()).items.map((h: { id: string }) => h.id)).toContain(id);
  await page.getByRole('button', { name: 'Revert to the file’s location' }).click();
  await expect(page.getByTestId('place-label')).toHaveText('Madrid, Spain');
  await expect(page.getByTestId('place-manual')).toHaveCount(0);

  // Coordinates typed by hand work too.
  await page.getByRole('button', { name: 'Edit location' }).click();
  await dialog.getByLabel('City, or latitude and longitude').fill('35.6586, 139.7454');
  await dialog.getByRole('option', { name: /Coordinates 35.6586, 139.7454/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('place-label')).toHaveText('Tokyo, Japan');
});
