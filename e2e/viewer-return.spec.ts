// Leaving the viewer keeps your place: on a phone, scrolled years deep into the virtualised
// timeline, a photo is opened, the user moves on with →, and comes back with Esc or with the
// browser's Back. The timeline is where it was and the photo that was open last is in view.
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { ensureYearsLibrary } from './support/years-library';

test.use({ viewport: { width: 390, height: 844 } });

const scroller = (page: Page) => page.getByTestId('timeline-scroller');

/** Where a tile's picture is on screen now (null when it is not rendered). */
function tileTop(page: Page, id: string): Promise<number | null> {
  return page.evaluate((assetId) => {
    const img = document.querySelector(`img[data-asset-id="${assetId}"]`);
    return img ? Math.round(img.getBoundingClientRect().top) : null;
  }, id);
}

/** Wheels down until the header of `month` is near the top, like a thumb would. */
async function scrollTo(page: Page, month: string) {
  const header = page.locator(`[data-testid="month-header"][data-month="${month}"]`);
  const scrollerTop = (await scroller(page).boundingBox())!.y;
  // Read without waiting: until the list renders it, the header is simply not there.
  const headerTop = () =>
    page.evaluate((m) => document.querySelector(`[data-testid="month-header"][data-month="${m}"]`)?.getBoundingClientRect().top ?? null, month);
  // The wheel does not wait for the scroll: wait until scrollTop holds still for a frame.
  const settled = () =>
    page.evaluate(async () => {
      const el = document.querySelector('[data-testid="timeline-scroller"]')!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(el.scrollTop)));
      let last = await frame();
      for (let now = await frame(); now !== last; now = await frame()) last = now;
    });
  await scroller(page).hover();
  for (let i = 0; i < 200; i++) {
    await settled();
    const top = await headerTop();
    if (top !== null && top >= scrollerTop && top < scrollerTop + 300) break;
    await page.mouse.wheel(0, top !== null && top < scrollerTop ? -120 : 250);
  }
  await expect(header).toBeInViewport();
}

/** The id of the first tile wholly on screen below `minTop`. */
async function firstTileOnScreen(page: Page, minTop: number): Promise<string> {
  await expect
    .poll(() =>
      page.evaluate((top) => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('img[data-asset-id]')];
        const hit = imgs.find((img) => {
          const r = img.getBoundingClientRect();
          return r.top >= top && r.bottom <= window.innerHeight;
        });
        return hit?.dataset.assetId ?? null;
      }, minTop),
    )
    .not.toBeNull();
  return page.evaluate((top) => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('img[data-asset-id]')];
    return imgs.find((img) => img.getBoundingClientRect().top >= top && img.getBoundingClientRect().bottom <= window.innerHeight)!.dataset.assetId!;
  }, minTop);
}

async function openAndStep(page: Page, id: string, steps: number): Promise<string> {
  await page.locator(`a:has(img[data-asset-id="${id}"])`).click();
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-asset-id', id);
  let current = id;
  for (let i = 0; i < steps; i++) {
    await page.getByRole('button', { name: 'Next (older)' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('viewer')).not.toHaveAttribute('data-asset-id', current);
    current = (await page.getByTestId('viewer').getAttribute('data-asset-id'))!;
  }
  return current;
}

async function expectInView(page: Page, id: string) {
  const img = page.locator(`img[data-asset-id="${id}"]`);
  await expect(img).toBeInViewport({ ratio: 0.9 });
}

test('leaving the viewer with Esc or Back returns to the same place in the timeline', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);
  await page.goto('/');
  await expect(page.getByTestId('photo-count')).toContainText('photos');
  await scrollTo(page, '2022-08');
  const scrollerTop = (await scroller(page).boundingBox())!.y;

  // Esc after one step: the opened photo is where it was on screen, the next one in view too.
  const opened = await firstTileOnScreen(page, scrollerTop + 60);
  const before = (await tileTop(page, opened))!;
  const last = await openAndStep(page, opened, 1);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => tileTop(page, opened)).toBe(before);
  await expectInView(page, last);
  await expect(page.locator('[data-testid="month-header"][data-month="2024-06"]')).not.toBeInViewport();

  // Browser Back after a few steps: the same.
  const opened2 = await firstTileOnScreen(page, scrollerTop + 60);
  const before2 = (await tileTop(page, opened2))!;
  const last2 = await openAndStep(page, opened2, 2);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => tileTop(page, opened2)).toBe(before2);
  await expectInView(page, last2);

  // Many steps, into months below the screen: back with Esc, the last photo is scrolled into
  // view (not the top of the timeline).
  const opened3 = await firstTileOnScreen(page, scrollerTop + 60);
  const last3 = await openAndStep(page, opened3, 14);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expectInView(page, last3);
  await expect(page.locator('[data-testid="month-header"][data-month="2024-06"]')).not.toBeInViewport();

  // The viewer's own back arrow does the same.
  const opened4 = await firstTileOnScreen(page, scrollerTop + 60);
  const before4 = (await tileTop(page, opened4))!;
  await openAndStep(page, opened4, 0);
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => tileTop(page, opened4)).toBe(before4);
});
