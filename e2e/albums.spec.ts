// Albums as a user meets them: three photos selected on the timeline go into a new album
// "Holiday" from the selection bar; /albums shows its card; the album shows three tiles; the
// viewer opened from the album walks the album with → and Esc goes back to the album. The
// pages pass axe at 390 and 1280 px and are photographed there (/work/shots/albums-*.png).
import { mkdir, mkdtemp, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';

// Newer than any other spec's photos, so they are the first tiles of the timeline.
const DAYS = ['2031-05-14', '2031-05-13', '2031-05-12', '2031-05-11'];
const SHOTS = process.env.SHOTS_DIR ?? '/work/shots';

async function makeLibrary(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-albums-')), 'album-photos');
  await mkdir(root);
  for (const [n, day] of DAYS.entries()) {
    const file = path.join(root, `holiday-${n}.jpg`);
    await sharp({ create: { width: n === 1 ? 480 : 640, height: n === 1 ? 640 : 480, channels: 3, background: { r: 40 + n * 50, g: 120, b: 200 - n * 40 } } }).jpeg().toFile(file);
    const when = new Date(`${day}T12:00:00Z`);
    await utimes(file, when, when);
  }
  return root;
}

async function ensureLibrary(page: Page) {
  const ready = async () => {
    const buckets: { month: string; count: number }[] = (await (await page.request.get('/api/timeline/buckets')).json()).buckets;
    return (buckets.find((b) => b.month === '2031-05')?.count ?? 0) >= DAYS.length;
  };
  if (await ready()) return;
  const root = await makeLibrary();
  await page.goto('/admin/libraries');
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Name').fill('Holiday photos');
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Folder on the server').fill(root);
  await page.getByRole('button', { name: 'Add library' }).click();
  await expect(page.getByTestId('library').filter({ hasText: root })).toBeVisible();
  await expect.poll(ready, { timeout: 180_000, intervals: [1000] }).toBe(true);
}

const tileName = (n: number) => new RegExp(`^Photo, \\d{1,2} May 2031, holiday-${n}\\.jpg$`);

test('albums: add three photos to a new album from the timeline, open it, walk it in the viewer', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureLibrary(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');

  // Select three photos and put them in a new album from the selection bar.
  for (const n of [0, 1, 2]) {
    const name = (await page.getByRole('img', { name: tileName(n) }).getAttribute('alt'))!;
    await page.getByRole('button', { name: `Select ${name}` }).click();
  }
  await expect(page.getByTestId('selected-count')).toHaveText('3 selected');
  await page.getByRole('button', { name: 'Add to album' }).click();
  const dialog = page.getByTestId('add-to-album-dialog');
  await dialog.getByRole('button', { name: 'New album…' }).click();
  await dialog.getByLabel('Album title').fill('Holiday');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('status')).toContainText('Added to “Holiday”');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // /albums shows the new album's card; it opens the album with its three tiles.
  await page.goto('/albums');
  const card = page.getByTestId('album-card').filter({ hasText: 'Holiday' }).first();
  await expect(card).toContainText('3 items');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/albums\/[0-9a-f-]{36}$/);
  const albumUrl = page.url();
  await expect(page.getByTestId('album-title')).toHaveText('Holiday');
  const tiles = page.getByTestId('album-grid').getByTestId('tile');
  await expect(tiles).toHaveCount(3);
  const ids = await page.getByTestId('album-grid').locator('img[data-asset-id]').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('data-asset-id')));
  expect(ids).toHaveLength(3);

  // The viewer inside the album: → goes to the album's next item, Esc back to the album.
  await page.locator(`a:has(img[data-asset-id="${ids[0]}"])`).click();
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-asset-id', ids[0]!);
  await expect(page).toHaveURL(new RegExp(`/photos/${ids[0]}\\?album=`));
  await page.getByRole('button', { name: 'Next (older)' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-asset-id', ids[1]!);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(albumUrl);
  await expect(tiles).toHaveCount(3);

  // Both pages at a phone's width and a laptop's: no serious axe issue; photographed.
  await mkdir(SHOTS, { recursive: true });
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const [name, url] of [['list', '/albums'], ['album', albumUrl]] as const) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousIssues(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} scrolls sideways at ${viewport.width}px`).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, `albums-${name}-${viewport.width}.png`) });
    }
  }
});

// The album goes to another household user: invited as a viewer from the album's Share dialog,
// Cleo finds it in her Albums ("shared by"), opens it and its photos, may not add to it; taken
// off the album, she gets a 404 for it and its photos at once.
test('albums: shared with a second user who sees it, until removed', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  await signInAsAdmin(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { albums } = await (await page.request.get('/api/albums')).json();
  const holiday = albums.find((a: { title: string }) => a.title === 'Holiday');
  expect(holiday, 'the album of the first test').toBeTruthy();

  const invite = await (await page.request.post('/api/admin/invites', { data: {} })).json();
  const cleo = { name: `Cleo ${run}`, email: `cleo-${run}@example.test`, password: 'a long household passphrase' };
  const cleoContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const cleoPage = await cleoContext.newPage();
  const registered = await cleoPage.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), ...cleo },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(registered.status()).toBe(201);
  expect((await cleoPage.request.get(`/api/albums/${holiday.id}`)).status()).toBe(404);

  await page.goto(`/albums/${holiday.id}`);
  await page.getByTestId('album-share-button').click();
  const dialog = page.getByTestId('album-share-dialog');
  await dialog.getByTestId('album-invite-person').selectOption({ label: cleo.name });
  await dialog.getByRole('button', { name: 'Invite' }).click();
  await expect(dialog.getByTestId('album-member').filter({ hasText: cleo.name })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Cleo, on her phone: the album is in her list, shared by the admin; she sees its three photos.
  await cleoPage.goto('/albums');
  const card = cleoPage.getByTestId('album-card').filter({ hasText: 'Holiday' });
  await expect(card).toContainText(/shared by/i);
  await card.getByRole('link').click();
  await expect(cleoPage.getByTestId('album-title')).toHaveText('Holiday');
  await expect(cleoPage.getByTestId('album-grid').getByTestId('tile')).toHaveCount(3);
  await expect(cleoPage.getByRole('link', { name: 'Add photos' })).toHaveCount(0);
  const photoId = await cleoPage.getByTestId('album-grid').locator('img[data-asset-id]').first().getAttribute('data-asset-id');
  expect((await cleoPage.request.get(`/api/assets/${photoId}`)).status()).toBe(200);
  await expectNoSeriousIssues(cleoPage, 'shared album');
  await cleoPage.screenshot({ path: path.join(SHOTS, 'albums-shared-390.png') });

  // Taken off the album: gone at once, the album and its photos.
  await page.getByTestId('album-share-button').click();
  await dialog.getByRole('button', { name: `Remove ${cleo.name} from the album` }).click();
  await expect(dialog.getByTestId('album-member').filter({ hasText: cleo.name })).toHaveCount(0);
  expect((await cleoPage.request.get(`/api/albums/${holiday.id}`)).status()).toBe(404);
  expect((await cleoPage.request.get(`/api/assets/${photoId}`)).status()).toBe(404);
  await cleoContext.close();
});
