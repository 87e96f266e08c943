// End-to-end tests in Debian's Chromium against the real product started the way a user
// starts it (scripts/start.ts: embedded PostgreSQL, built app, worker), with its own data
// folder and ports so it never touches a developer's ./data.
import { defineConfig } from '@playwright/test';

// Ports can be moved when two checkouts run their end-to-end tests on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const PG_PORT = process.env.E2E_PG_PORT ?? '54331';
// The SMTP server the specs open (e2e/support/mailbox.ts) to receive invitations and resets.
const SMTP_PORT = process.env.E2E_SMTP_PORT ?? '2590';
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 240_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // first-run.spec.ts meets the server fresh (the setup page); every other spec signs in as the
  // admin it created, so they run after it.
  projects: [
    { name: 'first-run', testMatch: /first-run\.spec\.ts/ },
    { name: 'e2e', testIgnore: /first-run\.spec\.ts/, dependencies: ['first-run'] },
  ],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'rm -rf .e2e-data && node --import tsx scripts/start.ts',
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 60_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: E2E_BASE_URL,
      DATA_DIR: '.e2e-data',
      EMBEDDED_PG_PORT: PG_PORT,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT,
      SMTP_FROM: 'Shoebox <shoebox@example.test>',
      // A model hub that cannot be reached (fetch refuses port 9), as on the machines tests run on:
      // the worker never downloads 154 MB of CLIP in a test run, wherever it runs.
      ML_MODELS_HOST: 'http://127.0.0.1:9/',
    },
  },
});
