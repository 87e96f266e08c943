// The catalogue's search UI in real Chromium, as far as it stands without the query, organise
// and similar branches: the filter panel opens (a sheet on a phone) and a filter goes to the
// address and stays after reload, with its chip; the view (grid, list, compact) and the sort
// are in the address; safe-for-work previews are blurred from the first paint after a reload,
// clear under the pointer, and Shift+B switches them; a card's context menu opens by right click
// and by Shift+F10; the video page asks "Play?" while previews are blurred; axe finds
// nothing serious. Waits on the page and the API, never a timer.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';

const run = promisify(execFile);
const CLIPS = 4;

async function makeClips(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-catalogue-ui-'));
  for (let i = 1; i <= CLIPS; i++) {
    const colour = `0x${((i * 0x5a3f27) & 0xffffff).toString(16).padStart(6, '0')}`;
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `color=c=${colour}:s=320x180:r=10:d=2`, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', path.join(root, `Clip ${i}.mp4`)]);
  }
  return root;
}

async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const token = new URL((await invite.json()).url).searchParams.get('invite')!;
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: token, email: `cat-${Date.now()}@example.test`, name: 'Cato Catalogue', password: 'popcorn on the sofa tonight' },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

const posterFilter = (page: Page) => page.getByTestId('card-poster').first().evaluate((img) => getComputedStyle(img).filter);

test('catalogue UI: panel, URL state, views, sort, blur, context menu', async ({ page, browser }) => {
  await signInAsAdmin(page);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const member = await context.newPage();
  const memberId = await newMember(page, member);
  expect((await page.request.post('/api/libraries', { data: { name: 'Cato’s clips', rootPath: await makeClips(), ownerId: memberId } })).status()).toBe(201);
  await expect
    .poll(async () => {
      const { items } = await (await member.request.get('/api/videos')).json();
      return items.filter((v: { thumbnailUrl: string | null }) => v.thumbnailUrl).length;
    }, { timeout: 180_000, intervals: [1000] })
    .toBe(CLIPS);

  // The panel opens beside the results; a filter goes to the address and survives a reload.
  await member.goto('/videos');
  await expect(member.getByTestId('video-card')).toHaveCount(CLIPS);
  await member.getByTestId('filters-button').click();
  const panel = member.getByTestId('search-panel');
  await expect(panel).toBeVisible();
  await expectNoSeriousIssues(member, 'catalogue with the filter panel');
  await panel.getByLabel('Liked').selectOption({ label: 'Not liked' });
  await expect(member).toHaveURL(/\/videos\?liked=false$/);
  await member.reload();
  await expect(member.getByTestId('filter-chips')).toContainText('Not liked');
  await member.getByRole('button', { name: 'Remove filter: Not liked' }).click();
  await expect(member).toHaveURL(/\/videos$/);

  // Sort and view are in the address too, and come back after a reload and with Back.
  await member.getByTestId('sort-select').selectOption('title');
  await expect(member).toHaveURL(/\/videos\?sort=title$/);
  await member.getByTestId('view-list').click();
  await expect(member).toHaveURL(/\/videos\?sort=title&view=list$/);
  await member.reload();
  await expect(member.getByTestId('video-row')).toHaveCount(CLIPS);
  await expect(member.getByTestId('video-list').getByRole('link')).toHaveText(['Clip 1', 'Clip 2', 'Clip 3', 'Clip 4']);
  await expect(member.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoSeriousIssues(member, 'catalogue list view');
  await member.getByTestId('view-compact').click();
  await expect(member.getByTestId('video-compact')).toBeVisible();
  await member.goBack();
  await expect(member.getByTestId('video-list')).toBeVisible();
  await expect(member).toHaveURL(/view=list$/);
  await member.goto('/videos?sort=title');

  // Safe-for-work previews: the switch blurs; after a reload the first paint is blurred; the
  // pointer on a card clears its poster; Shift+B switches back.
  expect(await posterFilter(member)).toBe('none');
  await member.getByTestId('blur-switch').click();
  await expect(member.getByTestId('blur-switch')).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => (await (await member.request.get('/api/me')).json()).user.blurPreviews).toBe(true);
  await member.reload();
  await expect(member.locator('[data-sfw-marker="on"]')).toHaveCount(1);
  expect(await posterFilter(member)).toContain('blur');
  await member.getByTestId('video-card').nth(1).hover();
  await expect.poll(() => member.getByTestId('card-poster').nth(1).evaluate((img) => getComputedStyle(img).filter)).toBe('none');
  // The video page asks once before playing, and does not play meanwhile.
  const firstId = (await (await member.request.get('/api/videos?sort=title')).json()).items[0].id;
  await member.goto(`/videos/${firstId}`);
  await expect(member.getByTestId('play-consent')).toBeVisible();
  expect(await member.locator('video').evaluate((v: HTMLVideoElement) => v.paused && v.currentTime === 0)).toBe(true);
  await member.getByRole('button', { name: 'Play?' }).click();
  await expect(member.getByTestId('play-consent')).toHaveCount(0);
  await member.locator('video').evaluate(
    (v: HTMLVideoElement) => new Promise<void>((resolve) => (v.currentTime > 0 ? resolve() : v.addEventListener('timeupdate', () => resolve(), { once: true }))),
  );
  await member.goto('/videos?sort=title');
  await member.mouse.move(5, 400);
  await member.locator('body').press('Shift+B');
  await expect(member.getByTestId('blur-switch')).toHaveAttribute('aria-checked', 'false');
  await expect.poll(async () => (await (await member.request.get('/api/me')).json()).user.blurPreviews).toBe(false);

  // The card menu: right click, and Shift+F10 on the focused card.
  await member.getByTestId('video-card').first().click({ button: 'right' });
  const menu = member.getByTestId('card-menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Open in new tab', 'Similar to this video', 'Copy path', 'Add tag…']);
  await member.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await member.getByTestId('video-card').first().getByRole('link').focus();
  await member.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await member.keyboard.press('Escape');

  // On a phone the panel is a sheet over the page, closed by Esc.
  await member.setViewportSize({ width: 390, height: 844 });
  await member.getByTestId('filters-button').click();
  const box = await panel.boundingBox();
  expect(box).toMatchObject({ x: 0, width: 390 });
  await expectNoSeriousIssues(member, 'filter sheet on a phone');
  await member.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
