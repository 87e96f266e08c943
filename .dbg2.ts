import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3318';
const id = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'] });
const ctx = await b.newContext({ storageState: '/tmp/vp/state.json' });
const p = await ctx.newPage();
await p.addInitScript(() => {
  const log: string[] = [];
  (window as any).__log = log;
  const t0 = performance.now();
  for (const type of ['loadedmetadata', 'canplay', 'playing', 'waiting', 'pause', 'play', 'error', 'emptied']) {
    document.addEventListener(type, (e) => { const v = e.target as HTMLVideoElement; log.push(`${(performance.now() - t0).toFixed(0)} ${type} ct=${v.currentTime?.toFixed(2)} paused=${v.paused}`); }, true);
  }
});
await p.goto(`${base}/videos/${id}`);
await p.waitForFunction(() => !document.querySelector('video')!.paused && document.querySelector('video')!.currentTime > 0.5);
await p.getByTestId('video-title').click();
await p.keyboard.press('5');
await p.waitForFunction(() => Number(document.querySelector('[data-testid=progress-bar]')!.getAttribute('aria-valuenow')) >= 30, null, { timeout: 30000 });
console.log('label before pause', await p.getByTestId('play-pause').getAttribute('aria-label'));
await p.getByTestId('play-pause').click();
await p.waitForTimeout(1500);
(await p.evaluate(() => (window as any).__log.push('--- poster click')));
await p.getByTestId('use-as-poster').click();
await p.waitForTimeout(8000);
console.log((await p.evaluate(() => (window as any).__log)).join('\n'));
console.log(await p.evaluate(() => ({ paused: document.querySelector('video')!.paused, now: document.querySelector('[data-testid=progress-bar]')!.getAttribute('aria-valuenow') })));
await b.close();
