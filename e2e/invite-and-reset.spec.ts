// Accounts end to end: the admin invites someone from /admin/users → the invitation arrives by
// mail (a real SMTP server) → the new user registers from the link and sees an empty home page,
// none of the admin's photos → forgets the password, resets it from the emailed link → the
// session that was open before the reset is gone. Named to run after first-run.spec.ts, whose
// admin and photos it reuses (it makes them itself when run alone).
import { expect, type Page, test } from '@playwright/test';
import { copyCorpusPhotos } from './support/corpus';
import { type Mailbox, openMailbox } from './support/mailbox';

const admin = { name: 'Ada Admin', email: 'ada@example.test', password: 'correct horse battery staple' };
const bea = { name: 'Bea', email: 'bea@example.test', password: 'a fine long passphrase', newPassword: 'another fine passphrase' };

/** Submit buttons stay disabled until React has hydrated: wait for that before typing, so
 * nothing typed is lost to hydration and the click reaches our handler. */
async function formReady(page: Page, button: string) {
  const submit = page.getByRole('button', { name: button });
  await expect(submit).toBeEnabled();
  return submit;
}

let mailbox: Mailbox;
test.beforeAll(async () => {
  mailbox = await openMailbox();
});
test.afterAll(async () => mailbox.close());

async function signInAsAdmin(page: Page): Promise<void> {
  // On a fresh server setup signs the admin in itself; afterwards it is gone (404) and we log in.
  const setup = await page.request.post('/api/setup', { data: admin });
  if (setup.status() !== 201) {
    const login = await page.request.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
    expect(login.status()).toBe(200);
  }
}

/** The admin has photos (first-run made them; alone, make a library and wait for the worker). */
async function ensureAdminPhotos(page: Page): Promise<string> {
  const libraries = async () => (await (await page.request.get('/api/libraries')).json()).libraries as { counts: { ready: number; pending: number }; lastScannedAt: string | null }[];
  if ((await libraries()).length === 0) {
    const me = await (await page.request.get('/api/me')).json();
    const res = await page.request.post('/api/libraries', { data: { name: 'Ada', rootPath: await copyCorpusPhotos(), ownerId: me.user.id } });
    expect(res.status()).toBe(201);
  }
  await expect
    .poll(async () => (await libraries()).some((l) => l.lastScannedAt !== null && l.counts.ready > 0), { timeout: 180_000, intervals: [1000] })
    .toBe(true);
  await page.goto('/');
  const first = page.locator('img[data-asset-id]').first();
  await expect(first).toBeVisible();
  return (await first.getAttribute('data-asset-id'))!;
}

test('invite by mail → register → empty home → reset password by mail → old session gone', async ({ page, browser }) => {
  await signInAsAdmin(page);
  const adminAssetId = await ensureAdminPhotos(page);

  // The admin invites Bea; the link is shown and mailed.
  await page.goto('/admin/users');
  const createInvite = await formReady(page, 'Create invite');
  await page.getByLabel('Email (optional)').fill(bea.email);
  await createInvite.click();
  await expect(page.getByTestId('invite-link')).toContainText('/register?invite=');
  await expect(page.getByRole('status')).toContainText('Invitation emailed');
  const inviteLink = await mailbox.linkFor(bea.email, '/register');

  // Bea registers from the mail, in her own browser.
  const beaContext = await browser.newContext();
  const beaPage = await beaContext.newPage();
  await beaPage.goto(inviteLink.pathname + inviteLink.search);
  const createAccount = await formReady(beaPage, 'Create account');
  await expect(beaPage.getByLabel('Email')).toHaveValue(bea.email);
  await beaPage.getByLabel('Your name').fill(bea.name);
  await beaPage.getByLabel(/Password/).fill(bea.password);
  await createAccount.click();
  await expect(beaPage).toHaveURL(/\/$/);
  await expect(beaPage.getByTestId('photo-count')).toHaveText('0 photos');
  await expect(beaPage.getByText('No photos yet.')).toBeVisible();
  await expect(beaPage.locator('img[data-asset-id]')).toHaveCount(0);
  expect((await beaPage.request.get(`/api/assets/${adminAssetId}/thumbnail`)).status()).toBe(404);
  // The invitation is used up.
  await beaPage.goto(inviteLink.pathname + inviteLink.search);
  await expect(beaPage.getByText('This invitation link is not valid')).toBeVisible();

  // Later, on another device, Bea has forgotten her password.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto('/login');
  await formReady(other, 'Sign in');
  await other.getByRole('link', { name: 'Forgot your password?' }).click();
  const sendLink = await formReady(other, 'Send me a link');
  await other.getByLabel('Email').fill(bea.email);
  const before = mailbox.count();
  await sendLink.click();
  await expect(other.getByRole('status')).toContainText('If an account uses this address');
  const resetLink = await mailbox.linkFor(bea.email, '/reset-password', before);
  expect(resetLink.origin).toBe(new URL(page.url()).origin);
  await other.goto(resetLink.pathname + resetLink.search);
  const setPassword = await formReady(other, 'Set new password');
  await other.getByLabel('New password').fill(bea.newPassword);
  await setPassword.click();
  await expect(other.getByRole('status')).toContainText('Your password is changed');

  // The session opened before the reset is gone; the new password works.
  await beaPage.goto('/');
  await expect(beaPage).toHaveURL(/\/login$/);
  await other.goto('/login');
  const signIn = await formReady(other, 'Sign in');
  await other.getByLabel('Email').fill(bea.email);
  await other.getByLabel('Password').fill(bea.newPassword);
  await signIn.click();
  await expect(other).toHaveURL(/\/$/);
  await expect(other.getByTestId('photo-count')).toHaveText('0 photos');

  // Pages need a session, admin pages the admin role (the server decides, not the menu).
  await other.goto('/admin/users');
  await expect(other).toHaveURL(/\/$/);
  const anonymous = await (await browser.newContext()).newPage();
  for (const path of ['/', '/settings', '/admin/users']) {
    await anonymous.goto(path);
    await expect(anonymous).toHaveURL(/\/login$/);
  }

  // Security headers on pages; the token pages never send a Referer.
  const resetPage = (await anonymous.goto('/reset-password'))!;
  const headers = resetPage.headers();
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toBeUndefined(); // PUBLIC_URL is http here
  expect((await anonymous.goto('/login'))!.headers()['referrer-policy']).toBe('same-origin');

  await anonymous.context().close();
  await beaContext.close();
  await otherContext.close();
});
