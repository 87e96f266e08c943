// The video catalogue as a household member meets it, in real Chromium against the built app:
// a new user (invited by the admin) sees the empty state, then the admin adds a library of
// videos for them; once ingest and video:media are done, /videos shows the cards with the right
// count; hovering a card plays its teaser and the scrub strip shows sprite tiles that follow the
// pointer; a click opens /videos/<id>, a middle click a new tab, a middle-button drag nothing;
// the page size and pages live in the URL; the history lists what they did, by kind; axe finds
// nothing serious; on a 390 px phone the grid is one column and nothing scrolls sideways.
// Waits on API state and browser events, never on a timer.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { formatDuration } from '../components/timeline/format';
import type { VideoPage } from '../lib/catalogue/catalogue.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';

const run = promisify(execFile);
const SMALL_CLIPS = 12;

/** Thirteen videos: twelve short coloured clips and one 40-second test pattern with a running
 * clock (keyframe every second, so its sprite has 80 tiles of real moments). */
async function makeVideoFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-videos-'));
  const encode = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
  await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25', '-t', '40', '-g', '25', ...encode, path.join(root, 'countdown.mp4')]);
  for (let i = 1; i <= SMALL_CLIPS; i++) {
    const colour = `0x${((i * 0x3a5f17) & 0xffffff).toString(16).padStart(6, '0')}`;
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `color=c=${colour}:s=160x90:r=10:d=3`, '-g', '5', ...encode, path.join(root, `clip-${String(i).padStart(2, '0')}.mp4`)]);
  }
  return root;
}

/** A fresh household member: invited by the admin through the API, registered in a browser of their own. */
async function newMember(admin: Page, context: BrowserContext): Promise<{ id: string; page: Page }> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const token = new URL((await invite.json()).url).searchParams.get('invite')!;
  const email = `vera-${Date.now()}@example.test`;
  const page = await context.newPage();
  const registered = await page.request.post('/api/auth/register', { data: { invite: token, email, name: 'Vera Viewer', password: 'popcorn on the sofa tonight' } });
  expect(registered.status()).toBe(201);
  return { id: (await registered.json()).user.id, page };
}

async function videos(page: Page, query = '?pageSize=96'): Promise<VideoPage> {
  const res = await page.request.get(`/api/videos${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** Resolves once the teaser plays (now or at its next 'playing' event). */
const teaserPlays = (page: Page) =>
  page.getByTestId('card-teaser').evaluate(
    (video: HTMLVideoElement) =>
      new Promise<boolean>((resolve) => {
        if (!video.paused && video.currentTime > 0) resolve(true);
        else video.addEventListener('playing', () => resolve(true), { once: true });
      }),
  );

test('the /videos grid: count, hover teaser and scrub, clicks, page size, history, phone', async ({ page, browser }, testInfo) => {
  await signInAsAdmin(page);
  const memberContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const vera = await newMember(page, memberContext);
  const member = vera.page;

  // Nothing yet: the empty state says where videos come from.
  await member.goto('/videos');
  await expect(member.getByTestId('video-count')).toHaveText('0 videos');
  await expect(member.getByTestId('videos-empty')).toContainText('Ask your administrator to add a library');
  await member.goto('/videos/history');
  await expect(member.getByTestId('history-empty')).toContainText('Nothing here yet');

  // The admin adds a folder of videos for Vera; wait until every card has its teaser and sprite.
  const root = await makeVideoFolder();
  expect((await page.request.post('/api/libraries', { data: { name: 'Vera’s videos', rootPath: root, ownerId: vera.id } })).status()).toBe(201);
  await expect
    .poll(async () => {
      const { items, total } = await videos(member);
      return { total, withMedia: items.filter((v) => v.hasSprite && v.hasTeaser && v.thumbnailUrl).length };
    }, { timeout: 240_000, intervals: [1000] })
    .toEqual({ total: SMALL_CLIPS + 1, withMedia: SMALL_CLIPS + 1 });
  const all = (await videos(member)).items;
  const countdown = all.find((v) => v.fileName === 'countdown.mp4')!;

  await member.goto('/videos');
  await expect(member.getByTestId('video-count')).toHaveText('13 videos');
  await expect(member.getByTestId('video-card')).toHaveCount(13);
  await expect(member.getByTestId('pagination')).toHaveCount(0);
  // Newest first, as the API says; each card is one link named by title and duration.
  const names = await member.getByTestId('video-card').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names).toEqual(all.map((v) => `${v.title}, ${formatDuration(v.durationMs!)}`));
  const link = member.getByRole('link', { name: 'countdown, 0:40' });
  const card = member.getByTestId('video-card').filter({ has: link });
  await expect(link).toHaveAttribute('href', `/videos/${countdown.id}`);
  await expect(card.getByTestId('card-poster')).toHaveAttribute('loading', 'lazy');
  // The keyboard reaches the card through its one link (the ring is drawn round the card).
  await link.focus();
  await expect(link).toBeFocused();
  await testInfo.attach('videos-desktop', { body: await member.screenshot({ path: testInfo.outputPath('videos-desktop.png') }), contentType: 'image/png' });

  // Hover: the teaser plays muted in place.
  const poster = (await card.getByTestId('card-poster').boundingBox())!;
  await member.mouse.move(poster.x + poster.width / 2, poster.y + poster.height * 0.3);
  await expect(card.getByTestId('card-teaser')).toHaveCount(1);
  expect(await teaserPlays(member)).toBe(true);
  expect(await card.getByTestId('card-teaser').evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);
  // The scrub strip: the sprite tile and the time follow the pointer's x.
  const scrubY = poster.y + poster.height * 0.85;
  await member.mouse.move(poster.x + poster.width * 0.25, scrubY, { steps: 3 });
  const tile = card.getByTestId('scrub-tile');
  await expect(tile).toBeVisible();
  await expect(card.getByTestId('scrub-time')).toHaveText('0:10');
  expect(await tile.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(`/api/assets/${countdown.id}/sprite`);
  const early = await tile.getAttribute('data-tile');
  await member.mouse.move(poster.x + poster.width * 0.75, scrubY, { steps: 3 });
  await expect(card.getByTestId('scrub-time')).toHaveText('0:30');
  await expect(tile).not.toHaveAttribute('data-tile', early!);
  await testInfo.attach('videos-scrub', { body: await card.screenshot({ path: testInfo.outputPath('videos-scrub.png') }), contentType: 'image/png' });
  // Leaving the card stops both.
  await member.mouse.move(5, 5);
  await expect(card.getByTestId('card-teaser')).toHaveCount(0);
  await expect(card.getByTestId('scrub-tile')).toHaveCount(0);

  // A middle-button drag opens nothing; a middle click opens the card in a new tab.
  const opened: Page[] = [];
  memberContext.on('page', (p) => opened.push(p));
  const box = (await card.boundingBox())!;
  await member.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await member.mouse.down({ button: 'middle' });
  await member.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 3, { steps: 5 });
  await member.mouse.up({ button: 'middle' });
  const other = member.getByTestId('video-card').first(); // clicked in its middle: the poster
  const [tab] = await Promise.all([memberContext.waitForEvent('page'), other.click({ button: 'middle' })]);
  await tab.waitForLoadState('domcontentloaded');
  expect(tab.url()).toMatch(new RegExp(`/videos/${all[0].id}$`));
  expect(opened).toEqual([tab]); // the drag before it opened no tab
  await tab.close();
  await expect(member).toHaveURL(/\/videos$/);

  // A plain click opens the video's page (built by the player's issue: only the URL is ours).
  await card.click(); // anywhere on the card: here its middle, the poster
  await expect(member).toHaveURL(new RegExp(`/videos/${countdown.id}$`));
  await member.goBack();
  await expect(member).toHaveURL(/\/videos$/);

  // Page size and pages are in the URL, survive a reload, and are reachable by keyboard.
  await member.getByLabel('Per page').selectOption('12');
  await expect(member).toHaveURL(/\/videos\?pageSize=12$/);
  await expect(member.getByTestId('video-count')).toHaveText('13 videos · 1–12');
  await expect(member.getByTestId('video-card')).toHaveCount(12);
  const page2 = member.getByTestId('pagination').getByRole('link', { name: 'Page 2' });
  await page2.focus();
  await member.keyboard.press('Enter');
  await expect(member).toHaveURL(/\/videos\?page=2&pageSize=12$/);
  await member.reload();
  await expect(member.getByTestId('video-count')).toHaveText('13 videos · 13');
  await expect(member.getByTestId('video-card')).toHaveCount(1);
  await expect(member.getByTestId('pagination').getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await member.getByLabel('Per page').selectOption('24');
  await expect(member).toHaveURL(/\/videos$/);
  await expect(member.getByTestId('video-card')).toHaveCount(13);
  await expectNoSeriousIssues(member, '/videos');

  // History: Vera likes, rates and marks the countdown; the history lists them, by kind.
  expect((await member.request.patch(`/api/assets/${countdown.id}/interactions`, { data: { liked: true, rating: 4.5 } })).status()).toBe(200);
  expect((await member.request.post(`/api/assets/${countdown.id}/markers`, { data: { seconds: 12.4, title: 'Clock hits twelve' } })).status()).toBe(201);
  await member.getByRole('link', { name: 'History' }).click();
  await expect(member).toHaveURL(/\/videos\/history$/);
  await expect(member.getByTestId('history-entry')).toHaveCount(3);
  await expect(member.getByTestId('history-entry').first()).toHaveAttribute('data-kind', 'marked');
  await member.getByRole('button', { name: 'Marked' }).click();
  await expect(member).toHaveURL(/\/videos\/history\?kind=marked$/);
  await expect(member.getByRole('button', { name: 'Marked' })).toHaveAttribute('aria-pressed', 'true');
  await expect(member.getByTestId('history-entry')).toHaveCount(1);
  await expect(member.getByTestId('history-entry').getByRole('link')).toHaveAttribute('href', `/videos/${countdown.id}?t=12`);
  await expect(member.getByTestId('history-entry')).toContainText('Marker at 0:12 · Clock hits twelve');
  await member.getByRole('button', { name: 'All' }).click();
  await expect(member.getByTestId('history-entry')).toHaveCount(3);
  await expectNoSeriousIssues(member, '/videos/history');

  // A phone: one column, nothing wider than the screen.
  await member.setViewportSize({ width: 390, height: 844 });
  await member.goto('/videos');
  await expect(member.getByTestId('video-card').first()).toBeVisible();
  const lefts = await member.getByTestId('video-card').evaluateAll((cards) => cards.slice(0, 3).map((c) => Math.round(c.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await testInfo.attach('videos-phone', { body: await member.screenshot({ path: testInfo.outputPath('videos-phone.png') }), contentType: 'image/png' });
  await expectNoSeriousIssues(member, '/videos');
  await member.goto('/videos/history');
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await testInfo.attach('history-phone', { body: await member.screenshot({ path: testInfo.outputPath('history-phone.png') }), contentType: 'image/png' });
  await expectNoSeriousIssues(member, '/videos/history');
  await memberContext.close();
});
