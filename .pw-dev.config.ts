import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'e2e', timeout: 240_000, expect: { timeout: 15_000 }, workers: 1,
  use: { baseURL: 'http://127.0.0.1:3318', trace: 'retain-on-failure', launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } },
});
