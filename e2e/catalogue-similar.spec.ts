// Issue 12's walk through the catalogue in Chromium, as a household member with a library of
// their own: they tag two of their three videos (one from the video page's Organise panel,
// creating the tag, one from a card's context menu), filter the catalogue by that tag, sort by
// their rating, reload (the address alone reproduces the search), then open "Similar to this
// video" from the context menu and read the shared tag among the reasons. Waits on the page and
// the API, never a timer. Screenshots of the views it passes through are kept in reports/.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';

test.describe.configure({ timeout: 300_000 });
const run = promisify(execFile);
const TITLES = ['Harbour walk', 'Garden party', 'Kitchen radio'] as const;

async function makeVideos(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-similar-'));
  for (const [i, title] of TITLES.entries()) {
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `testsrc2=s=320x180:r=10:d=${2 + i}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', path.join(root, `${title}.mp4`)]);
  }
  return root;
}

async function newHouseholdMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const token = new URL((await invite.json()).url).searchParams.get('invite')!;
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: token, email: `sim-${randomBytes(4).toString('hex')}@example.test`, name: 'Sid Similar', password: 'a quiet evening of home videos' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

const cardTitles = (page: Page) => page.getByTestId('video-card').getByRole('link').allInnerTexts();

/** A new household member with a library of the three videos, ingested. */
async function memberWithVideos(page: Page, browser: import('@playwright/test').Browser) {
  await signInAsAdmin(page);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const member = await context.newPage();
  const memberId = await newHouseholdMember(page, member);
  const library = await page.request.post('/api/libraries', { data: { name: 'Sid’s videos', rootPath: await makeVideos(), ownerId: memberId } });
  expect(library.status()).toBe(201);
  await expect
    .poll(async () => ((await (await member.request.get('/api/videos')).json()).items as { thumbnailUrl: string | null }[]).filter((v) => v.thumbnailUrl).length, {
      timeout: 180_000,
      intervals: [1000],
    })
    .toBe(TITLES.length);
  const { items } = (await (await member.request.get('/api/videos?sort=title')).json()) as { items: { id: string; title: string }[] };
  const idOf = Object.fromEntries(items.map((v) => [v.title, v.id])) as Record<(typeof TITLES)[number], string>;
  return { context, member, idOf };
}

test('tag two videos, filter by the tag, sort by rating, reload, and see the tag as the reason they are similar', async ({ page, browser }) => {
  const { context, member: sid, idOf } = await memberWithVideos(page, browser);
  const tag = `Seaside ${randomBytes(2).toString('hex')}`;

  // The first video gets the tag from its page's Organise panel, which creates it.
  await sid.goto(`/videos/${idOf['Harbour walk']}`);
  const panel = sid.getByTestId('organise-panel');
  const addTag = panel.getByRole('combobox', { name: 'Add a tag' });
  await addTag.fill(tag);
  await expect(panel.getByRole('option', { name: new RegExp(tag) })).toBeVisible();
  await addTag.press('Enter');
  await expect(panel.getByRole('list', { name: 'Tags' })).toContainText(tag);
  // Sid rates it 2 stars (and the second one 4, below), to sort by rating.
  await sid.getByRole('radio', { name: '2 stars', exact: true }).check();
  await expect(sid.getByRole('radio', { name: '2 stars', exact: true })).toBeChecked();

  // The second gets it from its card's context menu in the catalogue.
  await sid.goto('/videos?sort=title');
  await sid.getByTestId('video-card').filter({ hasText: 'Garden party' }).click({ button: 'right' });
  await sid.getByTestId('card-menu').getByRole('menuitem', { name: 'Add tag…' }).click();
  const dialog = sid.getByTestId('add-tag-dialog');
  await dialog.getByRole('combobox', { name: 'Tag' }).fill(tag.slice(0, 7));
  await dialog.getByRole('option', { name: new RegExp(tag) }).click();
  await expect(dialog.getByRole('status')).toContainText(/added|tagged/i);
  await expect.poll(async () => (await (await sid.request.get(`/api/assets/${idOf['Garden party']}/organise`)).json()).tags.map((t: { name: string }) => t.name)).toEqual([tag]);
  expect((await sid.request.patch(`/api/assets/${idOf['Garden party']}/interactions`, { data: { rating: 4 } })).status()).toBe(200);

  // Filter by the tag from the panel's type-ahead: only the two tagged videos are left.
  await sid.goto('/videos?sort=title');
  await sid.getByTestId('filters-button').click();
  const searchPanel = sid.getByTestId('search-panel');
  const findTag = searchPanel.getByRole('combobox', { name: 'Find tags' });
  await findTag.fill(tag.slice(0, 7));
  await searchPanel.getByRole('option', { name: new RegExp(tag) }).click();
  await expect(sid).toHaveURL(/tags=[0-9a-f-]{36}/);
  await expect(sid.getByTestId('video-card')).toHaveCount(2);
  expect(await cardTitles(sid)).toEqual(['Garden party', 'Harbour walk']);
  await sid.getByRole('button', { name: 'Close filters' }).click();

  // Sorted by Sid's rating, best first.
  await sid.getByTestId('sort-select').selectOption('rating');
  await expect(sid).toHaveURL(/sort=rating/);
  await expect.poll(() => cardTitles(sid)).toEqual(['Garden party', 'Harbour walk']);
  await sid.getByTestId('sort-dir').click();
  await expect.poll(() => cardTitles(sid)).toEqual(['Harbour walk', 'Garden party']);
  const address = sid.url();
  await sid.screenshot({ path: 'reports/catalogue-filtered-1280.png', fullPage: true });

  // The address alone reproduces the search: a reload, and a fresh tab opened on it.
  await sid.reload();
  await expect(sid.getByTestId('filter-chips')).toContainText(tag);
  await expect.poll(() => cardTitles(sid)).toEqual(['Harbour walk', 'Garden party']);
  const fresh = await context.newPage();
  await fresh.goto(address);
  await expect.poll(() => cardTitles(fresh)).toEqual(['Harbour walk', 'Garden party']);
  await fresh.close();
  await expectNoSeriousIssues(sid, 'catalogue filtered by a tag and sorted by rating');

  // "Similar to this video" from the context menu: the other tagged video comes first, and the
  // shared tag is among the reasons.
  await sid.getByTestId('video-card').filter({ hasText: 'Harbour walk' }).click({ button: 'right' });
  await sid.getByTestId('card-menu').getByRole('menuitem', { name: 'Similar to this video' }).click();
  await expect(sid).toHaveURL(new RegExp(`/videos/${idOf['Harbour walk']}#similar$`));
  const similar = sid.getByTestId('similar-videos');
  const first = similar.getByTestId('similar-item').first();
  await expect(first).toContainText('Garden party');
  await expect(first.getByTestId('similar-why')).toContainText(`tag: ${tag}`);
  await similar.scrollIntoViewIfNeeded();
  await similar.screenshot({ path: 'reports/similar-with-reasons-1280.png' });
  await context.close();
});

test('the list view, a performer page, the word cloud and the distribution chart pass axe at 390 and 1280 px (screenshots kept)', async ({ page, browser }) => {
  const { context, member, idOf } = await memberWithVideos(page, browser);
  const performer = `Robin Reel ${randomBytes(2).toString('hex')}`;
  for (const title of ['Harbour walk', 'Garden party'] as const) {
    const res = await member.request.patch(`/api/assets/${idOf[title]}/organise`, { data: { addPerformerNames: [performer], addTagNames: ['Evening'], studioName: 'Home Movies', releaseDate: '2021-07-04' } });
    expect(res.status()).toBe(200);
  }
  const performerId = (await (await member.request.get(`/api/assets/${idOf['Harbour walk']}/organise`)).json()).performers[0].id as string;
  for (const viewport of VIEWPORTS) {
    await member.setViewportSize(viewport);
    await member.goto('/videos?sort=title&view=list');
    await expect(member.getByTestId('video-row')).toHaveCount(TITLES.length);
    await expectNoSeriousIssues(member, 'catalogue list view');
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await member.screenshot({ path: `reports/catalogue-list-${viewport.width}.png`, fullPage: true });

    await member.goto('/videos?sort=title');
    await member.getByTestId('distribution').locator('summary').click();
    await expect(member.getByTestId('distribution').locator('svg').first()).toBeVisible();
    await expectNoSeriousIssues(member, 'catalogue grid with its distribution');
    await member.screenshot({ path: `reports/catalogue-grid-distribution-${viewport.width}.png`, fullPage: true });

    await member.goto(`/performers/${performerId}`);
    await expect(member.getByTestId('entity-videos').getByTestId('video-card')).toHaveCount(2);
    await expectNoSeriousIssues(member, 'a performer page');
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await member.screenshot({ path: `reports/performer-page-${viewport.width}.png`, fullPage: true });

    await member.goto('/videos/words');
    await expect(member.getByText(performer).first()).toBeVisible();
    await expectNoSeriousIssues(member, 'the word cloud');
    await member.screenshot({ path: `reports/word-cloud-${viewport.width}.png`, fullPage: true });
  }
  await context.close();
});
