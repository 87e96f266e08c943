// What a new user does: set up the admin, add a library of real photos, wait for the worker
// (on job state, never on a timer), see every readable photo upright on the home page, read
// why the broken ones failed, log out and find the photos closed.
//
// The corpus folder exif-samples/jpg/invalid holds JPEGs that an EXIF library's test set
// calls invalid: they carry XMP but no EXIF block, and their pictures decode fine. Shoebox
// shows them (dated from their XMP); what must fail is what cannot be displayed: the corpus's
// truncated corrupted.jpg and the broken files this test adds.
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { addBrokenFiles, copyCorpusPhotos } from './support/corpus';
import { dimensions, pictureDifference, rotate90 } from './support/image-compare';
import { fileNameOf, scrollThroughTimeline, TILE_NAME } from './support/timeline';

const admin = { name: 'Ada Admin', email: 'ada@example.test', password: 'correct horse battery staple' };

interface LibraryState {
  id: string;
  scanState: string;
  lastScannedAt: string | null;
  counts: { total: number; pending: number; ready: number; failed: number };
}

async function libraries(page: Page): Promise<LibraryState[]> {
  const res = await page.request.get('/api/libraries');
  expect(res.status()).toBe(200);
  return (await res.json()).libraries;
}

test('first run: setup, add a library, see the photos, log out', async ({ page }) => {
  const libraryPath = await copyCorpusPhotos();
  const brokenFiles = await addBrokenFiles(libraryPath);

  // The worker is up and heartbeating before anyone signs in.
  await expect.poll(async () => (await (await page.request.get('/api/health')).json()).status, { timeout: 60_000 }).toBe('ok');

  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  // The setup page is reachable only now: axe scans it here, on a phone and on a desktop.
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectNoSeriousIssues(page, 'setup');
  }
  await page.setViewportSize({ width: 1280, height: 720 }); // Playwright's default, which the rest of this spec was written at
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel(/Password/).fill(admin.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page).toHaveURL(/\/admin\/libraries$/);

  // A bad folder gets a clear message and nothing is created.
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Name').fill('Family');
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Folder on the server').fill('relative/photos');
  await page.getByRole('button', { name: 'Add library' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('absolute');

  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Folder on the server').fill(libraryPath);
  await page.getByRole('button', { name: 'Add library' }).click();
  await expect(page.getByTestId('library')).toContainText(libraryPath);

  // Wait on the job state: scanned, nothing queued or running, nothing left to ingest.
  await expect
    .poll(
      async () => {
        const [lib] = await libraries(page);
        return lib && lib.lastScannedAt !== null && lib.scanState === 'idle' && lib.counts.pending === 0;
      },
      { timeout: 180_000, intervals: [1000] },
    )
    .toBe(true);
  const [library] = await libraries(page);
  expect(library.counts.ready).toBeGreaterThan(90);
  expect(library.counts.ready + library.counts.failed).toBe(library.counts.total);

  // The timeline's month counts (a materialized view, refreshed a few seconds after ingest)
  // include every ready photo before the page is judged.
  await expect
    .poll(async () => {
      const { buckets } = await (await page.request.get('/api/timeline/buckets')).json();
      return buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0);
    }, { timeout: 60_000 })
    .toBe(library.counts.ready);

  // Every readable photo is on the home page, each named for screen readers and its thumbnail
  // served: scrolled through from top to bottom, the virtualised timeline showed each once.
  await page.goto('/');
  await expect(page.getByTestId('photo-count')).toHaveText(`${library.counts.ready} photos`);
  const tiles = await scrollThroughTimeline(page);
  expect(tiles.size).toBe(library.counts.ready);
  const thumbs = new Map<string, Buffer>(); // by file name: the corpus's names are unique
  for (const tile of tiles.values()) {
    expect(tile.name).toMatch(TILE_NAME);
    const res = await page.request.get(tile.src);
    expect(res.status(), tile.name).toBe(200);
    expect(res.headers()['content-type']).toBe('image/webp');
    thumbs.set(fileNameOf(tile.name)!, await res.body());
  }
  expect(thumbs.size).toBe(library.counts.ready);
  for (const name of ['Canon_40D.jpg', 'Nikon_D70.jpg', 'image00971.jpg', 'IMG_5195.HEIC', 'BSG1.tiff']) {
    expect(thumbs.has(name), name).toBe(true);
  }

  // The orientation set: each thumbnail upright, looking like its orientation-1 twin.
  for (const shape of ['Landscape', 'Portrait'] as const) {
    const reference = thumbs.get(`${shape}_1.jpg`)!;
    expect(reference, `${shape}_1`).toBeDefined();
    const turned = await pictureDifference(reference, await rotate90(reference));
    for (let n = 0; n <= 8; n++) {
      const thumb = thumbs.get(`${shape}_${n}.jpg`);
      expect(thumb, `${shape}_${n}`).toBeDefined();
      const { width, height } = await dimensions(thumb!);
      expect(shape === 'Landscape' ? width > height : height > width, `${shape}_${n} shape`).toBe(true);
      const difference = await pictureDifference(reference, thumb!);
      expect(difference, `${shape}_${n} looks like ${shape}_1`).toBeLessThan(Math.min(12, turned / 3));
    }
  }

  // What cannot be displayed is listed as failed, each with a reason a person can act on.
  await page.goto('/admin/libraries');
  const failedPaths = (await page.getByTestId('failed-path').allTextContents()).sort();
  expect(failedPaths).toEqual([...brokenFiles, 'exif-samples/jpg/corrupted.jpg'].sort());
  const reasons = Object.fromEntries(
    await Promise.all(
      (await page.getByTestId('failed-asset').all()).map(async (row) => [
        await row.getByTestId('failed-path').textContent(),
        await row.getByTestId('failed-reason').textContent(),
      ]),
    ),
  );
  expect(reasons['broken/empty.jpg']).toMatch(/empty/);
  expect(reasons['broken/not-a-photo.png']).toMatch(/Not a picture/);
  expect(reasons['broken/half.jpg']).toMatch(/cut short or corrupt/);
  expect(reasons['exif-samples/jpg/corrupted.jpg']).toMatch(/cut short or corrupt/);

  // Log out: the home page now sends us to the login page, and the API refuses.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('/api/libraries')).status()).toBe(401);

  // The login page wears one of our pictures: its blur full-screen, its colour on the button.
  const backdrop = page.getByTestId('login-backdrop');
  await expect(backdrop).toBeVisible();
  expect(await backdrop.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/^url\("data:image\/png;base64,/);
  const colour = (await backdrop.getAttribute('data-colour'))!;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCSS('background-color', `rgb(${r}, ${g}, ${b})`);
  // A browser that was never signed in gets the plain page: nothing of ours leaks to strangers.
  const stranger = await page.context().browser()!.newPage();
  await stranger.goto(page.url());
  await expect(stranger.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(stranger.getByTestId('login-backdrop')).toHaveCount(0);
  await stranger.close();
});
