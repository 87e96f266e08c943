import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3318';
const id = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ storageState: '/tmp/vp/state.json' });
const p = await ctx.newPage();
p.on('pageerror', (e) => console.log('pageerror', e.message));
p.on('request', (r) => r.url().includes('/stream') && console.log('req', Date.now() % 100000, r.url()));
p.on('response', (r) => r.url().includes('/stream') && console.log('res', Date.now() % 100000, r.status(), r.url()));
await p.addInitScript(() => {
  const log: string[] = [];
  (window as any).__log = log;
  const t0 = performance.now();
  for (const type of ['loadstart', 'loadedmetadata', 'canplay', 'playing', 'waiting', 'pause', 'play', 'error', 'seeking', 'seeked', 'stalled', 'emptied', 'abort']) {
    document.addEventListener(type, (e) => { const v = e.target as HTMLVideoElement; log.push(`${(performance.now() - t0).toFixed(0)} ${type} ct=${v.currentTime?.toFixed(2)} paused=${v.paused} rs=${v.readyState} err=${v.error?.code ?? ''}`); }, true);
  }
});
await p.goto(`${base}/videos/${id}`);
await p.waitForTimeout(8000);
console.log((await p.evaluate(() => (window as any).__log)).join('\n'));
console.log(await p.evaluate(() => ({ playback: document.querySelector('[data-testid=player]')?.getAttribute('data-playback'), time: document.querySelector('[data-testid=player-time]')?.textContent })));
await p.getByTestId('play-pause').click();
await p.waitForTimeout(3000);
await p.getByTestId('video-title').click();
await p.keyboard.press('7');
await p.waitForTimeout(6000);
console.log((await p.evaluate(() => (window as any).__log)).join('\n'));
console.log(await p.evaluate(() => ({ playback: document.querySelector('[data-testid=player]')?.getAttribute('data-playback'), time: document.querySelector('[data-testid=player-time]')?.textContent, ct: document.querySelector('video')!.currentTime })));
await b.close();
