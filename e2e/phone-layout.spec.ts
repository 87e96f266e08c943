// A household's first evening on a phone (390 px): the top bar's menu reaches every page, by
// touch and by keyboard; the scrubber's year labels never sit on each other (on a desktop
// either); a long video's badge stays inside its narrow tile; a file that could not be read
// opens in the viewer with its reason and what to do, not a broken picture; the sessions list
// names browsers the way people do.
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { ensureYearsLibrary, VIDEO_MONTH } from './support/years-library';

test.use({ viewport: { width: 390, height: 844 } });

const PAGES: [string, RegExp][] = [
  ['Photos', /\/$/],
  ['Videos', /\/videos$/],
  ['Performers', /\/performers$/],
  ['Studios', /\/studios$/],
  ['Tags', /\/tags$/],
  ['Favourites', /\/favourites$/],
  ['Archive', /\/archive$/],
  ['Trash', /\/trash$/],
  ['Admin', /\/admin$/],
  ['Settings', /\/settings$/],
];

test('the phone menu reaches every page, by touch and by keyboard', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page); // admin pages with rows in them (failed files, failed jobs)
  await page.goto('/settings');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const [name, url] of PAGES) {
    await page.getByRole('button', { name: 'Menu' }).click();
    const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
    await link.click();
    await expect(page).toHaveURL(url);
    // Nothing sticks out sideways: the page never scrolls horizontally on a phone.
    await expect(page.locator('main')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  }
  // Keyboard: the menu opens with Enter, Tab walks into its links, Esc closes it again.
  await page.getByRole('button', { name: 'Menu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Photos', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Photos', exact: true })).toBeHidden();
  // Log out is in the menu too.
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeInViewport({ ratio: 1 });
});

async function yearLabelBoxes(page: Page) {
  const labels = page.getByTestId('scrubber').getByText(/^\d{4}$/);
  await expect(labels.first()).toBeVisible();
  const boxes = [];
  for (const label of await labels.all()) if (await label.isVisible()) boxes.push({ year: await label.textContent(), ...(await label.boundingBox())! });
  return boxes;
}

test('scrubber year labels never overlap, on a phone and on a desktop', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const scrubber = (await page.getByTestId('scrubber').boundingBox())!;
    const boxes = await yearLabelBoxes(page);
    expect(boxes.length, `${viewport.width}px: labels shown`).toBeGreaterThanOrEqual(4);
    // The newest year in the library (whatever earlier specs added) is always labelled.
    const { buckets } = await (await page.request.get('/api/timeline/buckets')).json();
    expect(boxes[0].year, 'the newest year is labelled').toBe((buckets[0].month as string).slice(0, 4));
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i];
      expect(b.y + b.height, `${b.year} inside the scrubber`).toBeLessThanOrEqual(scrubber.y + scrubber.height + 0.5);
      for (const o of boxes.slice(i + 1)) {
        const apart = b.y + b.height <= o.y + 0.5 || o.y + o.height <= b.y + 0.5;
        expect(apart, `${viewport.width}px: ${b.year} (${b.y}–${b.y + b.height}) and ${o.year} (${o.y}–${o.y + o.height})`).toBe(true);
      }
    }
  }
});

test('a long video’s badge fits its narrow tile on a phone', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);
  await page.goto('/');
  const header = page.locator(`[data-testid="month-header"][data-month="${VIDEO_MONTH}"]`);
  // The hour-long video's own tile (other specs may have put shorter videos higher up).
  const tile = page.getByTestId('tile').filter({ has: page.getByRole('link', { name: /1:01:40/ }) }).first();
  const badge = tile.getByTestId('duration-badge');
  for (let i = 0; i < 120 && !(await badge.isVisible()); i++) {
    await page.getByTestId('timeline-scroller').hover();
    await page.mouse.wheel(0, 300);
  }
  await expect(header).toBeAttached();
  await expect(badge).toBeVisible();
  const [t, b] = [(await tile.boundingBox())!, (await badge.boundingBox())!];
  expect(t.width, 'an upright video makes a narrow tile').toBeLessThan(80);
  expect(b.x).toBeGreaterThanOrEqual(t.x);
  expect(b.x + b.width).toBeLessThanOrEqual(t.x + t.width);
  expect(b.y + b.height).toBeLessThanOrEqual(t.y + t.height);
  // The duration is still there for whoever cannot see it.
  await expect(tile.getByRole('link')).toHaveAccessibleName(/1:01:40/);
});

test('a file that could not be read opens with its reason and what to do instead', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);
  await page.goto('/admin/libraries');
  const row = page.getByTestId('failed-asset').filter({ hasText: 'broken/half.jpg' }).first();
  await expect(row).toBeVisible({ timeout: 120_000 });
  const reason = (await row.getByTestId('failed-reason').textContent())!;
  await row.getByRole('link', { name: /broken\/half\.jpg/ }).click();
  await expect(page.getByTestId('viewer')).toBeVisible();
  const problem = page.getByTestId('viewer-problem');
  await expect(problem).toContainText('could not be shown');
  await expect(problem).toContainText(reason);
  await expect(problem.getByRole('link', { name: 'Download the original' })).toBeVisible();
  await expect(page.getByTestId('viewer-image')).toHaveCount(0);
});

test('sessions name the browser and system, not a user-agent string', async ({ page, browser }) => {
  const firefox = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  });
  const other = await firefox.newPage();
  await signInAsAdmin(other); // signs in (or sets up) from a second browser
  await firefox.close();
  await signInAsAdmin(page);
  await page.goto('/settings');
  const sessions = page.getByTestId('session');
  await expect(sessions.filter({ hasText: 'this browser' })).toContainText(/Chrome on Linux/);
  await expect(sessions.filter({ hasText: 'Firefox on Windows' }).first()).toBeVisible();
  await expect(page.getByText('Mozilla/5.0')).toHaveCount(0);
});
