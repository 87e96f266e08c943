// Manual date edits in the browser (issue 15): the viewer's info panel opens "Edit date", sets a
// date with an offset, shows it as edited with the file's own date under it, and Revert brings
// the file's date back; in the timeline, two selected photos are shifted by an hour from the
// selection bar. A user of their own (an isolated timeline), the running worker ingests real
// corpus photos. Screenshots of the dialog and the edited info panel at 390 and 1280 px go to
// /work/shots (SHOTS_DIR) and axe finds no serious issue in the dialog.
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { scrollToTile, tileNamed } from './support/timeline';

const FILES = ['Canon_40D.jpg', 'Nikon_D70.jpg', 'Fujifilm_FinePix_E500.jpg'];
const SHOTS = process.env.SHOTS_DIR ?? 'reports';

async function timelineFiles(page: Page): Promise<Map<string, string>> {
  const { buckets } = await (await page.request.get('/api/timeline/buckets')).json();
  const byName = new Map<string, string>();
  for (const { month } of buckets as { month: string }[]) {
    const bucket = decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}`)).json());
    bucket.fileName.forEach((name, i) => byName.set(name, bucket.id[i]));
  }
  return byName;
}

const details = async (page: Page, id: string) => (await page.request.get(`/api/assets/${id}`)).json();

test('edit a photo’s date in the viewer, revert it, and shift two from the timeline', async ({ page: adminPage, browser }) => {
  await signInAsAdmin(adminPage);
  const invite = await (await adminPage.request.post('/api/admin/invites', { data: {} })).json();
  const run = Date.now().toString(36);
  const context = await browser.newContext();
  const page = await context.newPage();
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), email: `dates-${run}@example.test`, name: `Dee ${run}`, password: 'a long dates passphrase' },
    headers: { origin: new URL(adminPage.url()).origin },
  });
  expect(registered.status()).toBe(201);
  const me = (await registered.json()).user.id;
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-dates-')), 'dates');
  await mkdir(root, { recursive: true });
  for (const f of FILES) await cp(path.join(corpusDir, 'photos/exif-samples/jpg', f), path.join(root, f));
  expect((await adminPage.request.post('/api/libraries', { data: { name: `Dates ${run}`, rootPath: root, ownerId: me } })).status()).toBe(201);
  await expect.poll(async () => (await timelineFiles(page)).size, { timeout: 180_000, intervals: [1000] }).toBe(FILES.length);
  const ids = await timelineFiles(page);
  const canon = ids.get('Canon_40D.jpg')!;

  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.goto(`/photos/${canon}?view=timeline`);
    await page.getByRole('button', { name: 'Info' }).click();
    const panel = page.getByTestId('info-panel');
    await expect(panel.getByTestId('taken-date')).toContainText('2008');
    await panel.getByRole('button', { name: 'Edit date' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit date' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('2008-05-30');
    await dialog.getByLabel('Date', { exact: true }).fill('1999-12-31');
    await dialog.getByLabel('Time', { exact: true }).fill('23:30:00');
    await dialog.getByLabel(/UTC offset/).fill('+01:00');
    await expectNoSeriousIssues(page, 'edit date dialog');
    await page.screenshot({ path: `${SHOTS}/dates-dialog-${size.width}.png` });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByTestId('taken-date')).toContainText('1999');
    await expect(panel.getByTestId('taken-date')).toContainText('UTC+01:00');
    await expect(panel.getByTestId('date-edited-mark')).toHaveText('edited');
    await expect(panel.getByTestId('date-original')).toContainText('2008');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await expectNoSeriousIssues(page, 'info panel with an edited date');
    await page.screenshot({ path: `${SHOTS}/dates-info-edited-${size.width}.png` });
    // Still the same photo's viewer; Revert gives the file's date back.
    await expect(page.getByTestId('viewer')).toHaveAttribute('data-asset-id', canon);
    await panel.getByRole('button', { name: 'Revert' }).click();
    await expect(panel.getByTestId('date-edited-mark')).toHaveCount(0);
    await expect(panel.getByTestId('taken-date')).toContainText('2008');
  }

  // Keyboard only: Esc closes the dialog, not the viewer.
  await page.getByRole('button', { name: 'Edit date' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Edit date' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Edit date' })).toBeHidden();
  await expect(page.getByTestId('viewer')).toBeVisible();

  // The timeline: two selected photos shifted an hour back from the selection bar.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const pair = [ids.get('Nikon_D70.jpg')!, ids.get('Fujifilm_FinePix_E500.jpg')!];
  const before = await Promise.all(pair.map((id) => details(page, id)));
  for (const [i, name] of ['Nikon_D70.jpg', 'Fujifilm_FinePix_E500.jpg'].entries()) {
    await scrollToTile(page, tileNamed(page, name));
    const box = page.locator(`[data-testid="tile"]:has(img[data-asset-id="${pair[i]}"])`);
    await box.hover();
    await box.getByRole('button', { name: /^Select / }).click();
  }
  await expect(page.getByTestId('selected-count')).toHaveText('2 selected');
  await page.getByTestId('selection-edit-date').click();
  const bulk = page.getByRole('dialog', { name: 'Edit the date of 2 items' });
  await bulk.getByLabel('Shift by').check();
  await bulk.getByLabel('Hours').fill('-1');
  await page.screenshot({ path: `${SHOTS}/dates-bulk-shift-1280.png` });
  await bulk.getByRole('button', { name: 'Save' }).click();
  await expect(bulk).toBeHidden();
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);
  const after = await Promise.all(pair.map((id) => details(page, id)));
  after.forEach((a, i) => {
    expect(a.takenAtSource).toBe('manual');
    expect(Date.parse(`${before[i].takenAtLocal}Z`) - Date.parse(`${a.takenAtLocal}Z`)).toBe(3_600_000);
  });
  await context.close();
});
