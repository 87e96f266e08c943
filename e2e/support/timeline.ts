// The real timeline, as a user meets it: virtualised, months fetched as they come near the
// screen, thumbnails requested once the scrolling slows down. Specs find tiles by scrolling and
// by their accessible names ("Photo, 30 May 2008, iguana.jpg"), never by a switch that renders
// everything.
import { expect, type Locator, type Page } from '@playwright/test';

export interface SeenTile {
  id: string;
  /** The tile's accessible name (its picture's alt). */
  name: string;
  /** The thumbnail's URL. */
  src: string;
}

/** How many assets the timeline's month counts hold: they come from a view refreshed a few
 * seconds after ingest, and the timeline lays out only the months they list. */
export async function timelineTotal(page: Page): Promise<number> {
  const res = await page.request.get('/api/timeline/buckets');
  expect(res.status()).toBe(200);
  return (await res.json()).buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0);
}

/** The name a tile carries: kind, the local day, then the file name (which may hold commas). */
export const TILE_NAME = /^(Photo|Video), \d{1,2} [A-Z][a-z]+ \d{4}, (.+)$/;

export const fileNameOf = (tileName: string) => TILE_NAME.exec(tileName)?.[2] ?? null;

/** The timeline's picture named `<kind>, <date>, <fileName>`, whatever its date. */
export function tileNamed(page: Page, fileName: string): Locator {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('img', { name: new RegExp(`^(Photo|Video), \\d{1,2} [A-Z][a-z]+ \\d{4}, ${escaped}$`) });
}

/** Waits until what is on screen has settled: the list has rendered the rows of where it is
 * scrolled to, no month is still a placeholder from the viewport's top down to the end of
 * what is rendered below it, and every tile on screen shows its picture (none is left from a
 * fling). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const scroller = document.querySelector('[data-testid="timeline-scroller"]');
    const list = scroller?.firstElementChild;
    if (!scroller || !list) return false;
    const view = scroller.getBoundingClientRect();
    const bottom = Math.min(view.bottom, list.getBoundingClientRect().bottom) - 1;
    const items = [...list.children].map((el) => el.getBoundingClientRect());
    const covers = (y: number) => items.some((r) => r.top <= y && r.bottom > y);
    if (!covers(view.top + 1) || !covers(bottom)) return false;
    const placeholderOnScreen = [...document.querySelectorAll('[data-testid="month-placeholder"]')].some((el) => el.getBoundingClientRect().bottom > view.top);
    // A tile on screen gets its thumbnail's <img> once no fling is on (one in the overscan only
    // once the user has scrolled: it is not waited for here, it is on screen a step later).
    const tileWithoutPicture = [...document.querySelectorAll('[data-testid="tile"]')].some((tile) => {
      const r = tile.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom && !tile.querySelector('img[data-asset-id]');
    });
    return !placeholderOnScreen && !tileWithoutPicture;
  });
}

/** Scrolls down by most of a screen, but never past the rows already rendered (and loaded)
 * below it: landing inside a month still a placeholder, the list keeps the same fraction of
 * that month once its rows arrive, which would skip the rows above that point. False at the end. */
function scrollOn(page: Page): Promise<boolean> {
  return page.getByTestId('timeline-scroller').evaluate((el) => {
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return false;
    const view = el.getBoundingClientRect();
    const renderedBottom = Math.max(...[...el.firstElementChild!.children].map((item) => item.getBoundingClientRect().bottom));
    el.scrollBy(0, Math.max(1, Math.floor(Math.min(el.clientHeight * 0.9, renderedBottom - view.bottom))));
    return true;
  });
}

async function tilesRendered(page: Page): Promise<SeenTile[]> {
  return page.locator('img[data-asset-id]').evaluateAll((imgs) =>
    imgs.map((img) => ({ id: img.getAttribute('data-asset-id')!, name: img.getAttribute('alt')!, src: img.getAttribute('src')! })),
  );
}

/** From the top of the timeline on this page to its end, every tile rendered on the way (none
 * when the view is empty). */
export async function scrollThroughTimeline(page: Page): Promise<Map<string, SeenTile>> {
  const count = page.getByTestId('photo-count');
  await expect(count).toBeVisible();
  if ((await count.textContent()) === '0 photos') return new Map();
  await expect(page.getByTestId('timeline-scroller')).toBeVisible();
  await page.getByTestId('timeline-scroller').evaluate((el) => el.scrollTo(0, 0));
  const seen = new Map<string, SeenTile>();
  for (let step = 0; step < 5000; step++) {
    await settle(page);
    for (const tile of await tilesRendered(page)) seen.set(tile.id, tile);
    if (!(await scrollOn(page))) return seen;
  }
  throw new Error('The timeline did not end after 5000 steps.');
}

/** Scrolls the timeline from its top until `tile` is on screen; fails at the end without it. */
export async function scrollToTile(page: Page, tile: Locator): Promise<Locator> {
  await expect(page.getByTestId('timeline-scroller')).toBeVisible();
  await page.getByTestId('timeline-scroller').evaluate((el) => el.scrollTo(0, 0));
  const seen = new Set<string>();
  for (let step = 0; step < 5000; step++) {
    await settle(page);
    for (const t of await tilesRendered(page)) seen.add(t.name);
    if ((await tile.count()) > 0) {
      // A month loading above can move the tile after the scroll: scroll again until it stays.
      await expect(async () => {
        await tile.scrollIntoViewIfNeeded();
        await expect(tile).toBeInViewport({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      return tile;
    }
    if (!(await scrollOn(page))) break;
  }
  throw new Error(`No tile ${tile} among the ${seen.size} in the whole timeline.`);
}
