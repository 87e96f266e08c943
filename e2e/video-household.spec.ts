// A household watching together: the admin shares the video library with Bea from the
// Libraries page; Bea finds its videos in /videos (the sprite scrub follows her pointer) and
// opens the one the admin commented on and liked. The comment and the like count are shared;
// the rating, markers and the right to edit the title are each person's own. When the admin
// stops sharing, the video is gone for Bea at once.
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { ensureVideoLibrary } from './support/video-library';

test.describe.configure({ timeout: 300_000 });

test('a shared library: same video, shared comments and likes, a rating of one’s own', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  await signInAsAdmin(page);
  const ids = await ensureVideoLibrary(page.request);

  // Bea joins by invitation (registered through the API: the invite flow has its own spec).
  const invite = await (await page.request.post('/api/admin/invites', { data: {} })).json();
  const bea = { name: `Bea ${run}`, email: `bea-${run}@example.test`, password: 'a long household passphrase' };
  const beaContext = await browser.newContext();
  const beaPage = await beaContext.newPage();
  const registered = await beaPage.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), ...bea },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(registered.status()).toBe(201);
  // Nothing of the admin's is Bea's yet.
  expect((await beaPage.request.get(`/api/assets/${ids.direct}`)).status()).toBe(404);

  // The admin shares the library from Admin → Libraries.
  await page.goto('/admin/libraries');
  const library = page.getByTestId('library').filter({ hasText: 'Video page' });
  await library.getByLabel('Share with').selectOption({ label: bea.name });
  await library.getByRole('button', { name: 'Share' }).click();
  await expect(library.getByRole('button', { name: `Stop sharing Video page with ${bea.name}` })).toBeVisible();

  // The admin comments and likes on the video page, and rates it 4 stars.
  await page.goto(`/videos/${ids.direct}`);
  await page.getByLabel(/Add a comment/).fill(`For Bea ${run}: the good bit is at 0:05`);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByTestId('comment').filter({ hasText: run })).toBeVisible();
  const likesBefore = Number(await page.getByTestId('like-count').textContent());
  if ((await page.getByTestId('like').getAttribute('aria-pressed')) !== 'true') {
    await page.getByTestId('like').click();
    await expect(page.getByTestId('like-count')).toHaveText(String(likesBefore + 1));
  }
  const adminLikes = Number(await page.getByTestId('like-count').textContent());
  await page.getByRole('radio', { name: '4 stars', exact: true }).check();
  await expect(page.getByRole('radio', { name: '4 stars', exact: true })).toBeChecked();

  // Bea sees the shared videos in her catalogue, and the sprite scrub under her pointer.
  await beaPage.goto('/videos');
  const card = beaPage.getByTestId('video-card').filter({ hasText: 'vp-direct' });
  await expect(card).toBeVisible();
  const poster = (await card.getByTestId('card-poster').boundingBox())!;
  const scrubY = poster.y + poster.height * 0.85;
  await beaPage.mouse.move(poster.x + poster.width * 0.25, scrubY, { steps: 3 });
  await expect(card.getByTestId('scrub-tile')).toBeVisible();
  await beaPage.mouse.move(poster.x + poster.width * 0.75, scrubY, { steps: 3 });
  await expect(card.getByTestId('scrub-time')).toHaveText('0:45');

  // On the video page: the admin's comment with its author, the like count, but no rating of hers.
  await beaPage.goto(`/videos/${ids.direct}`);
  const comment = beaPage.getByTestId('comment').filter({ hasText: run });
  await expect(comment).toContainText('Ada Admin');
  await expect(beaPage.getByTestId('like-count')).toHaveText(String(adminLikes));
  await expect(beaPage.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(beaPage.getByRole('button', { name: /Edit title/ })).toHaveCount(0);
  // The time in the comment is a link into the video.
  await comment.getByRole('button', { name: 'Jump to 5 seconds' }).click();
  await expect.poll(async () => Number(await beaPage.getByTestId('progress-bar').getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(4);
  // Her own rating does not touch the admin's.
  await beaPage.getByRole('radio', { name: '2 stars', exact: true }).check();
  await expect(beaPage.getByRole('radio', { name: '2 stars', exact: true })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('radio', { name: '4 stars', exact: true })).toBeChecked();

  // Unshared: the video is gone for Bea at once, her rating stays hers if it comes back.
  await page.goto('/admin/libraries');
  await page.getByTestId('library').filter({ hasText: 'Video page' }).getByRole('button', { name: `Stop sharing Video page with ${bea.name}` }).click();
  await expect(page.getByTestId('library').filter({ hasText: 'Video page' }).getByRole('button', { name: `Stop sharing Video page with ${bea.name}` })).toHaveCount(0);
  await expect.poll(async () => (await beaPage.request.get(`/api/assets/${ids.direct}`)).status()).toBe(404);
  await beaPage.goto(`/videos/${ids.direct}`);
  await expect(beaPage.getByText(/not found|could not be found|404/i).first()).toBeVisible();
  await beaContext.close();
});
