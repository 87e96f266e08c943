// The video page (/videos/[id]) in Chromium against the built app: the player plays (direct
// MP4 and a transcoded MPEG-4 Part 2 AVI whose seeks reload the live stream at ?start=), the
// progress bar shows the seek sprite's tile, the keys move the playhead, and what a user adds
// (marker, finish point, comment with a time link, rating) is there after a reload. Also
// axe-core on the page, a 390 px phone, and the viewer's link to the page. Waits on the API and
// on the player's own state, never a timer.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { ensureVideoLibrary, type VideoKind } from './support/video-library';

let ids: Record<VideoKind, string>;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signInAsAdmin(page);
  ids = await ensureVideoLibrary(page.request);
  await page.close();
});

test.beforeEach(async ({ page }) => signInAsAdmin(page));

/** The player's real time (seconds into the video), as its progress bar says. */
const playhead = async (page: Page) => Number(await page.getByTestId('progress-bar').getAttribute('aria-valuenow'));

/** Opens a video's page and starts playback (a click: autoplay may need a user gesture); resolves once it is playing. */
async function openAndPlay(page: Page, id: string): Promise<void> {
  await page.goto(`/videos/${id}`);
  await expect(page.getByTestId('player')).not.toHaveAttribute('data-playback', 'unknown');
  await page.evaluate(() => {
    const video = document.querySelector('video')!;
    (window as unknown as { played: Promise<void> }).played = new Promise((resolve) => {
      if (!video.paused && video.readyState >= 3) resolve();
      video.addEventListener('playing', () => resolve(), { once: true });
    });
  });
  if (await page.getByTestId('play-pause').getAttribute('aria-label') === 'Play') await page.getByTestId('play-pause').click();
  await page.evaluate(() => (window as unknown as { played: Promise<void> }).played);
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeGreaterThan(0.3);
}

async function pause(page: Page): Promise<void> {
  if (await page.getByTestId('play-pause').getAttribute('aria-label') === 'Pause') await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Play');
}

test('plays, previews the sprite, moves with the keys, and keeps what the user added', async ({ page }) => {
  await openAndPlay(page, ids.direct);
  await expect(page.getByTestId('player')).toHaveAttribute('data-playback', 'direct');

  // Hovering the progress bar shows the sprite tile for that time.
  const bar = (await page.getByTestId('progress-bar').boundingBox())!;
  await page.mouse.move(bar.x + bar.width * 0.5, bar.y + bar.height / 2);
  const tile = page.getByTestId('scrub-preview-tile');
  await expect(tile).toBeVisible();
  expect(await tile.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(`/api/assets/${ids.direct}/sprite`);
  await expect(page.getByTestId('scrub-preview')).toContainText('0:30');
  await page.mouse.move(0, 0);

  // Keys, paused so the clock stands still: l/j ±10 s, →/← ±5 s, 5 → 50 %, r somewhere else.
  await pause(page);
  await page.getByTestId('video-title').click(); // focus on the page, not on a button
  await page.keyboard.press('2');
  await expect.poll(() => playhead(page)).toBe(12);
  await page.keyboard.press('l');
  await expect.poll(() => playhead(page)).toBe(22);
  await page.keyboard.press('j');
  await expect.poll(() => playhead(page)).toBe(12);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => playhead(page)).toBe(17);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => playhead(page)).toBe(12);
  await expect(async () => {
    await page.keyboard.press('r');
    expect(await playhead(page)).not.toBe(12);
  }).toPass();
  await page.keyboard.press('?');
  await expect(page.getByTestId('keyboard-help')).toBeVisible();
  await expect(page.getByTestId('keyboard-help')).toContainText('Previous / next chapter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('keyboard-help')).toBeHidden();

  // What this run adds is told apart by a run tag (a rerun against the same server finds the last run's).
  const run = Date.now().toString(36);
  const markerTitle = `The good part ${run}`;
  const commentText = `Look at 0:05 <b>here</b> ${run}`;
  const finishedBefore = await page.getByTestId('finish-point').count();

  // A marker at 0:22 with a title.
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => playhead(page)).toBe(22);
  await page.getByRole('button', { name: 'Add marker' }).click();
  const form = page.getByTestId('marker-form');
  await expect(form.getByLabel('Start')).toHaveValue('0:22');
  await form.getByLabel('Title (optional)').fill(markerTitle);
  await form.getByRole('button', { name: 'Save marker' }).click();
  const marker = page.getByTestId('marker').filter({ hasText: markerTitle });
  await expect(marker).toHaveCount(1);
  await expect(marker.getByTestId('time-link')).toHaveText('0:22');
  await expect(page.getByTestId('marker-tick')).toHaveCount(await page.getByTestId('marker').count());

  // Finished here.
  await page.getByTestId('finished').click();
  await expect(page.getByTestId('finish-point')).toHaveCount(finishedBefore + 1);
  await expect(page.getByTestId('finish-point').first().getByTestId('time-link')).toHaveText('0:22'); // newest first

  // A comment whose 0:05 is a link that seeks; markup in it stays text.
  await page.getByLabel(/Add a comment/).fill(commentText);
  await page.getByRole('button', { name: 'Post comment' }).click();
  const comment = page.getByTestId('comment').filter({ hasText: run });
  await expect(comment.getByTestId('comment-body')).toHaveText(commentText);
  await comment.getByRole('button', { name: 'Jump to 5 seconds' }).click();
  await expect.poll(() => playhead(page)).toBe(5);

  // A rating of three and a half stars, by keyboard-reachable radio buttons (cleared first, as a
  // rerun finds the last run's).
  const clear = page.getByRole('button', { name: 'Clear rating' });
  if (await clear.isVisible()) {
    await clear.click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  }
  await page.getByRole('radio', { name: '3 stars', exact: true }).check();
  await page.keyboard.press('ArrowRight'); // the next radio: 3.5
  await expect(page.getByRole('radio', { name: '3.5 stars' })).toBeFocused();
  await expect(page.getByRole('radio', { name: '3.5 stars' })).toBeChecked();
  await expect.poll(async () => (await (await page.request.get(`/api/assets/${ids.direct}/interactions`)).json()).rating).toBe(3.5);

  // Like (its count moves with it) and favourite since a date the user sets.
  const like = page.getByTestId('like');
  if ((await like.getAttribute('aria-pressed')) === 'true') {
    await like.click();
    await expect(like).toHaveAttribute('aria-pressed', 'false');
  }
  const likes = Number(await page.getByTestId('like-count').textContent());
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('like-count')).toHaveText(String(likes + 1));
  const favourite = page.getByTestId('favourite');
  if ((await favourite.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')) !== 'true') await favourite.getByRole('button', { name: 'Favourite' }).click();
  await favourite.getByRole('button', { name: 'Change date' }).click();
  await favourite.getByLabel('Favourite since').fill('2020-01-02T10:00');
  await favourite.getByRole('button', { name: 'Save' }).click();
  await expect(favourite).toContainText('since 2 Jan 2020');

  await page.reload();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('like-count')).toHaveText(String(likes + 1));
  await expect(favourite).toContainText('since 2 Jan 2020');
  await expect(marker).toHaveCount(1);
  await expect(page.getByTestId('marker-tick')).toHaveCount(await page.getByTestId('marker').count());
  await expect(page.getByTestId('finish-point')).toHaveCount(finishedBefore + 1);
  await expect(comment.getByTestId('comment-body')).toHaveText(commentText);
  await expect(page.getByRole('radio', { name: '3.5 stars' })).toBeChecked();

  // Removing the marker and deleting the comment (both mine).
  await marker.getByRole('button', { name: /Remove marker/ }).click();
  await expect(marker).toHaveCount(0);
  await comment.getByRole('button', { name: 'Delete' }).click();
  await expect(comment).toHaveCount(0);
});

test('chapters: added at the current time, on the bar and in the menu, reached with the chapter keys', async ({ page }) => {
  await openAndPlay(page, ids.direct);
  await pause(page);
  const run = Date.now().toString(36);
  await page.getByTestId('video-title').click();
  for (const [key, seconds] of [['3', 18], ['6', 36]] as const) {
    await page.keyboard.press(key);
    await expect.poll(() => playhead(page)).toBe(seconds);
    await page.getByPlaceholder('Chapter title').fill(`Part ${seconds} ${run}`);
    await page.getByRole('button', { name: 'Add chapter' }).click();
    await expect(page.getByTestId('chapter').filter({ hasText: `Part ${seconds} ${run}` })).toHaveCount(1);
  }
  await page.reload();
  await pause(page); // the reloaded page plays on its own: stop the clock for exact times
  const mine = page.getByTestId('chapter').filter({ hasText: run });
  await expect(mine).toHaveCount(2);
  await expect(mine.first().getByTestId('time-link')).toHaveText('0:18');
  await expect(page.getByTestId('chapter-tick')).toHaveCount(await page.getByTestId('chapter').filter({ hasNotText: /^0:00/ }).count());

  // Keys: from 0:10, Page Down → 0:18, Shift+→ → 0:36, Page Up → back to 0:18's start.
  await page.getByTestId('video-title').click();
  await page.keyboard.press('1'); // 6 s
  await expect.poll(() => playhead(page)).toBe(6);
  await page.keyboard.press('PageDown');
  await expect.poll(() => playhead(page)).toBe(18);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => playhead(page)).toBe(36);
  await page.keyboard.press('ArrowRight'); // 41 s: inside the second chapter
  await page.keyboard.press('PageUp');
  await expect.poll(() => playhead(page)).toBe(36);

  // The chapter menu in the control bar seeks too.
  await page.getByTestId('chapter-menu').click();
  await page.getByRole('group', { name: 'Chapters' }).getByRole('button', { name: new RegExp(`Part 18 ${run}`) }).click();
  await expect.poll(() => playhead(page)).toBe(18);

  for (const title of [`Part 18 ${run}`, `Part 36 ${run}`]) await page.getByRole('button', { name: `Remove chapter ${title}` }).click();
  await expect(mine).toHaveCount(0);
});

test('the owner edits title, description and link; the frame can become the poster or be saved', async ({ page }) => {
  await openAndPlay(page, ids.remux);
  await pause(page);
  const run = Date.now().toString(36);
  /** Opens a field's editor, types, saves; resolves once the field shows its value again (or stays open refused). */
  const edit = async (testId: string, label: string, value: string, saved = true) => {
    const field = page.getByTestId(testId);
    await field.getByRole('button', { name: `Edit ${label.toLowerCase()}` }).click();
    await field.getByLabel(label, { exact: true }).fill(value);
    await field.getByRole('button', { name: 'Save', exact: true }).click();
    if (saved) await expect(field.getByRole('button', { name: `Edit ${label.toLowerCase()}` })).toBeVisible();
    else await expect(field.getByRole('alert')).toBeVisible();
  };
  await edit('title', 'Title', `Test card ${run}`);
  await expect(page.getByTestId('video-title')).toHaveText(`Test card ${run}`);
  await edit('description', 'Description', 'Colour bars and a tone.');
  await expect(page.getByTestId('description')).toContainText('Colour bars and a tone.');

  // Only http(s) is taken; the link opens in a new tab without giving it this page.
  await edit('external-url', 'External link', 'javascript:alert(1)', false);
  await page.getByTestId('external-url').getByRole('button', { name: 'Cancel' }).click();
  await edit('external-url', 'External link', 'https://example.org/test-card');
  const link = page.getByTestId('external-link');
  await expect(link).toHaveAttribute('href', 'https://example.org/test-card');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await page.reload();
  await expect(page.getByTestId('video-title')).toHaveText(`Test card ${run}`);
  await expect(page.getByTestId('description')).toContainText('Colour bars and a tone.');
  await expect(page.getByTestId('folder-path')).toHaveText(/shoebox-e2e-video-page$/);

  // Poster from the frame at 0:30; the thumbnail's URL changes with it.
  const before = (await (await page.request.get(`/api/assets/${ids.remux}`)).json()).thumbnailUrl;
  await page.getByTestId('video-title').click();
  await page.keyboard.press('5');
  await expect.poll(() => playhead(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(30);
  await pause(page);
  const shown = await playhead(page);
  await page.getByTestId('use-as-poster').click();
  await expect(page.getByText('Poster updated.')).toBeVisible();
  const after = await (await page.request.get(`/api/assets/${ids.remux}`)).json();
  expect(after.thumbnailUrl).not.toBe(before);
  expect(Math.abs(after.video.posterSeconds - shown)).toBeLessThan(1);

  // Save this frame: a JPEG download of the time on screen.
  const download = page.waitForEvent('download');
  await page.getByTestId('save-frame').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.jpe?g$/);
  expect(Math.abs(Number(new URL(file.url()).searchParams.get('t')) - shown)).toBeLessThan(1);

  // Title back to the file name (an empty title).
  await edit('title', 'Title', '');
  await expect(page.getByTestId('video-title')).toHaveText('vp-remux.mkv');
});

test('a transcoded AVI plays, and a seek past what is buffered restarts the stream at ?start=', async ({ page }) => {
  await openAndPlay(page, ids.transcode);
  await expect(page.getByTestId('player')).toHaveAttribute('data-playback', 'live');
  await expect(page.getByTestId('player-time')).toContainText('/ 2:00');

  const restarted = page.waitForRequest((r) => /\/stream\?start=84\.\d+/.test(r.url()));
  await page.getByTestId('video-title').click();
  await page.keyboard.press('7'); // 70 % of 120 s
  await restarted;
  // The element's own clock restarts near 0; the page shows the real time from 84 s on.
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.3);
  expect(await page.evaluate(() => document.querySelector('video')!.currentTime)).toBeLessThan(30);
  expect(await playhead(page)).toBeGreaterThanOrEqual(84);
  await expect(page.getByTestId('player-time')).toContainText(/^1:2\d \/ 2:00$/);

  // Back by 10 s: another stream from 74+ s.
  const back = page.waitForRequest((r) => /\/stream\?start=7\d\./.test(r.url()));
  await page.keyboard.press('j');
  await back;
  await expect.poll(() => playhead(page)).toBeGreaterThanOrEqual(74);
  expect(await playhead(page)).toBeLessThan(84);
});

test('playback resumes where this user left off (a live stream asks for ?start=)', async ({ page }) => {
  await openAndPlay(page, ids.remux);
  await expect(page.getByTestId('player')).toHaveAttribute('data-playback', 'live');
  await page.getByTestId('video-title').click();
  await page.keyboard.press('3'); // 18 s of 60: a new stream from there
  await expect.poll(() => playhead(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(19);
  await pause(page); // a pause reports the position
  const left = await playhead(page);
  await expect.poll(async () => (await (await page.request.get(`/api/assets/${ids.remux}/interactions`)).json()).resumeAt).toBeGreaterThanOrEqual(left - 1);

  const resumed = page.waitForRequest((r) => /\/stream\?start=/.test(r.url()) && Number(new URL(r.url()).searchParams.get('start')) >= left - 1);
  await page.reload();
  await resumed;
  await expect.poll(() => playhead(page)).toBeGreaterThanOrEqual(left - 1);
});

test('subtitles of a live stream follow the video’s time after a seek', async ({ page }) => {
  await openAndPlay(page, ids.remux);
  await page.getByTestId('subtitle-menu').click();
  await page.getByRole('button', { name: 'en', exact: true }).click();
  await pause(page); // the seek loads a new stream, which stays paused at its first frame
  await page.getByTestId('video-title').click();
  await page.keyboard.press('7'); // 42 s: a new stream whose own clock starts at 0
  await expect(page.getByTestId('player-loading')).toBeHidden({ timeout: 30_000 });
  expect(await playhead(page)).toBe(42);
  const shown = () => page.evaluate(() => {
    const track = Array.from(document.querySelector('video')!.textTracks).find((t) => t.mode === 'showing');
    return Array.from(track?.activeCues ?? []).map((c) => (c as VTTCue).text);
  });
  await expect.poll(shown).toEqual(['Line at 40 seconds']);
});

test('no serious accessibility issue, and a 390 px phone can use the controls without sideways scrolling', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await openAndPlay(page, ids.remux);
    await pause(page);
    await page.getByRole('button', { name: 'Add marker' }).click(); // the form too
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, `at ${viewport.width}px`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `reports/video-page-${viewport.width}.png`, fullPage: true });
  }
  // On the phone: every control of the bar is on screen, and play works by tapping.
  for (const name of ['Play', 'Mute', 'Full screen']) {
    const box = (await page.getByTestId('player-controls').getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  }
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', 'Pause');
});

test('the photo viewer links a video to its page', async ({ page }) => {
  await page.goto(`/photos/${ids.direct}`);
  await page.getByTestId('open-video-page').click();
  await expect(page).toHaveURL(new RegExp(`/videos/${ids.direct}$`));
  await expect(page.getByTestId('video-title')).toHaveText('vp-direct.mp4');
});
