// Shoebox is reached by whatever address people type: localhost on the server itself,
// 127.0.0.1, the LAN address, a host name. Setup and sign-in must work through each (they used
// to answer "Cross-site request refused." for anything but PUBLIC_URL), with the pages' scripts
// running under the nonce-based Content-Security-Policy. PUBLIC_URL here is
// http://127.0.0.1:PORT; a second host name comes from Chromium's host resolver rules.
import { type Browser, expect, type Page, test } from '@playwright/test';
import config from '../playwright.config';
import { admin } from './support/admin-session';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseArgs = config.use?.launchOptions?.args ?? [];
test.use({ launchOptions: { ...config.use?.launchOptions, args: [...baseArgs, '--host-resolver-rules=MAP shoebox.test 127.0.0.1'] } });

/** Submit buttons stay disabled until React has hydrated (scripts ran under the CSP). */
async function submit(page: Page, name: string) {
  const button = page.getByRole('button', { name });
  await expect(button).toBeEnabled();
  await button.click();
}

async function signInThrough(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const csp = (await response!.allHeaders())['content-security-policy'];
  expect(csp).toMatch(/script-src [^;]*'nonce-/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  if (page.url().endsWith('/setup')) {
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel(/Password/).fill(admin.password);
    await submit(page, 'Create administrator');
    await expect(page).toHaveURL(/\/admin\/libraries$/);
  } else {
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await submit(page, 'Sign in');
    await expect(page).toHaveURL(`${origin}/`);
  }
  await expect(page.locator('form [role=alert]')).toHaveCount(0);
  // Signed in: the session cookie of this host works for the API (fetched by the page itself:
  // only the browser resolves the second host name).
  const me = await page.evaluate(async () => {
    const res = await fetch('/api/me');
    return { status: res.status, body: await res.json() };
  });
  expect(me.status).toBe(200);
  expect(me.body.user.email).toBe(admin.email);
  expect(cspViolations).toEqual([]);
  await context.close();
}

test('sets up and signs in through localhost, 127.0.0.1 and a second host name', async ({ browser }) => {
  // localhost first: on a fresh server, setup itself goes through a name other than PUBLIC_URL.
  await signInThrough(browser, `http://localhost:${PORT}`);
  await signInThrough(browser, `http://127.0.0.1:${PORT}`);
  await signInThrough(browser, `http://shoebox.test:${PORT}`);
});

test('still refuses a write from another site', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const page = await context.newPage();
  const res = await page.request.post('/api/auth/login', {
    data: { email: admin.email, password: admin.password },
    headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toMatch(/PUBLIC_URL/);
  await context.close();
});

test('answers 404 where next-auth used to sign in: setup and the login form are the only ways in', async ({ request }) => {
  for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) expect((await request.get(path)).status(), path).toBe(404);
  const callback = await request.post('/api/auth/callback/credentials', { form: { email: admin.email, password: admin.password } });
  expect(callback.status()).toBe(404);
  expect(callback.headers()['set-cookie'] ?? '').not.toMatch(/session/);
});
