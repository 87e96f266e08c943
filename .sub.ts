import { decodeBucket } from './lib/timeline/bucket-wire';
import { chromium, request } from '@playwright/test';
const base = 'http://127.0.0.1:3318';
const api = await request.newContext({ baseURL: base, storageState: '/tmp/vp/state.json' });
const { libraries } = await (await api.get('/api/libraries')).json();
const me = (await (await api.get('/api/me')).json()).user.id;
if (!libraries.some((l: any) => l.rootPath === '/tmp/vp/subs')) console.log((await api.post('/api/libraries', { data: { name: 'Subs', rootPath: '/tmp/vp/subs', ownerId: me } })).status());
let id = '';
for (let i = 0; i < 120 && !id; i++) {
  const { buckets } = await (await api.get('/api/timeline/buckets?type=video')).json();
  for (const { month } of buckets) for (const x of decodeBucket(await (await api.get(`/api/timeline/bucket?month=${month}&type=video`)).json()).id) { const d = await (await api.get('/api/assets/' + x)).json(); if (d.fileName === 'subs.mkv') id = x; }
  if (!id) await new Promise((r) => setTimeout(r, 1000));
}
console.log('id', id);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'] });
const ctx = await b.newContext({ storageState: '/tmp/vp/state.json' });
const p = await ctx.newPage();
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(`${base}/videos/${id}`);
await p.getByTestId('subtitle-menu').click();
await p.getByRole('button', { name: /English|en|subs/i }).first().click();
await p.waitForTimeout(2500);
const cue = () => p.evaluate(() => { const v = document.querySelector('video')!; const t = Array.from(v.textTracks).find((t) => t.mode === 'showing'); return { ct: v.currentTime, active: t?.activeCues?.length ? (t.activeCues[0] as VTTCue).text : null, label: t?.label, time: document.querySelector('[data-testid=player-time]')?.textContent }; });
console.log(await cue());
await p.getByTestId('video-title').click();
await p.keyboard.press('4');
await p.waitForTimeout(3500);
console.log(await cue());
await p.screenshot({ path: '/tmp/vp/subs.png' });
await b.close();
