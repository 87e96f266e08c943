// Shared links as people use them: the owner selects geotagged photos on the timeline, makes a
// "Share link" with a password and copies its address; someone without an account opens it in
// a fresh browser, meets the password form (a wrong password is refused), unlocks it, sees the
// photos and the viewer — and no GPS position, place, camera or file name anywhere on the page.
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { scrollToTile, tileNamed, timelineTotal } from './support/timeline';

const SHOTS = '/work/shots';
const PASSWORD = 'lighthouse at dusk';
const SHARED = ['DSCN0010.jpg', 'DSCN0012.jpg', 'DSCN0021.jpg'];

test('share a selection by link with a password; a stranger unlocks it and sees no GPS', async ({ page, browser }) => {
  // The first-run spec's library is a copy of the corpus photos, the geotagged ones among them.
  await signInAsAdmin(page);
  await expect.poll(() => timelineTotal(page), { timeout: 180_000, intervals: [1000] }).toBeGreaterThan(20);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  for (const name of SHARED) {
    const picture = await scrollToTile(page, tileNamed(page, name).first());
    const tile = page.locator(`[data-testid="tile"]:has(img[data-asset-id="${await picture.getAttribute('data-asset-id')}"])`);
    await tile.hover();
    await tile.getByRole('button', { name: /^Select / }).click();
  }
  await expect(page.getByTestId('selected-count')).toHaveText(`${SHARED.length} selected`);
  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByTestId('create-link-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title (optional)').fill('Lighthouse walk');
  await dialog.getByLabel(/^Password/).fill(PASSWORD);
  // Metadata and downloads are off by default; downloads wait for metadata.
  await expect(dialog.getByRole('checkbox', { name: /^Show metadata/ })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^Allow downloads/ })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/links-dialog-1280.png` });
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const urlField = dialog.getByTestId('link-url');
  await expect(urlField).toHaveValue(/\/s\/[A-Za-z0-9_-]{32}$/);
  await dialog.getByRole('button', { name: 'Copy link address' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy link address' })).toContainText('Copied');
  await page.screenshot({ path: `${SHOTS}/links-dialog-created-1280.png` });
  const url = await urlField.inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The owner's list shows it, without its address.
  await page.goto('/sharing');
  const row = page.getByTestId('shared-link').filter({ hasText: 'Lighthouse walk' });
  await expect(row).toContainText(`${SHARED.length} items`);
  await expect(row).toContainText('Password');
  expect(await page.content()).not.toContain(new URL(url).pathname);

  // Someone without an account, in a browser of their own.
  const stranger = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await stranger.newPage();
  const first = await visitor.goto(url);
  expect(first!.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(first!.headers()['referrer-policy']).toBe('no-referrer');
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(visitor.getByTestId('unlock-form')).toBeVisible();
  await expect(visitor.getByText('Lighthouse walk')).toHaveCount(0);
  await visitor.screenshot({ path: `${SHOTS}/links-locked-390.png` });
  await visitor.setViewportSize({ width: 1280, height: 800 });
  await visitor.screenshot({ path: `${SHOTS}/links-locked-1280.png` });
  await expectNoSeriousIssues(visitor, 'shared link, locked');

  await visitor.getByLabel('Password').fill('lighthouse at dawn');
  await visitor.getByRole('button', { name: 'Open' }).click();
  await expect(visitor.getByTestId('unlock-form').getByRole('alert')).toContainText('Wrong password');
  await visitor.getByLabel('Password').fill(PASSWORD);
  await visitor.getByRole('button', { name: 'Open' }).click();
  await expect(visitor.getByRole('heading', { name: 'Lighthouse walk' })).toBeVisible();
  const tiles = visitor.getByTestId('link-tile');
  await expect(tiles).toHaveCount(SHARED.length);
  await expect.poll(() => tiles.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
  // The password never went into an address.
  expect(visitor.url()).not.toContain('lighthouse');
  await visitor.screenshot({ path: `${SHOTS}/links-unlocked-1280.png` });
  await expectNoSeriousIssues(visitor, 'shared link, unlocked');

  // No GPS, place, camera or file name anywhere in the page (its HTML and the data it carries).
  const html = await visitor.content();
  for (const leak of ['DSCN', 'GPS', 'latitude', 'longitude', 'NIKON', 'COOLPIX', 'Place']) expect(html, leak).not.toContain(leak);

  // The viewer: preview, arrows, Esc.
  await tiles.first().click();
  const viewer = visitor.getByTestId('link-viewer');
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText(`1 / ${SHARED.length}`)).toBeVisible();
  await visitor.keyboard.press('ArrowRight');
  await expect(viewer.getByText(`2 / ${SHARED.length}`)).toBeVisible();
  await expect.poll(() => viewer.getByTestId('link-viewer-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(viewer.getByTestId('link-metadata')).toHaveCount(0);
  await expect(viewer.getByRole('link', { name: /Original/ })).toHaveCount(0);
  await visitor.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.goto(url);
  await expect(tiles).toHaveCount(SHARED.length);
  await expect.poll(() => tiles.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await visitor.screenshot({ path: `${SHOTS}/links-unlocked-390.png` });

  // The owner revokes it: the stranger's next visit is the plain 404.
  await page.goto('/sharing');
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');
  const gone = await visitor.goto(url);
  expect(gone!.status()).toBe(404);
  await stranger.close();
});
