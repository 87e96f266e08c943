// Video playback through the built app and real Chromium: a file the browser plays comes as it
// is, an MKV with H.264 as a remux and an MPEG-4 Part 2 AVI as a transcode; Chromium plays the
// live fragmented MP4 (the 'playing' event); and the server's ffmpeg ends when the browser goes
// away (a fetch aborted, a tab closed). Waits on API state and on processes, never a timer.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, readlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { signInAsAdmin } from './support/admin-session';
import { corpusDir } from './support/corpus';

/** The live-stream ffmpegs of the server under test: started from this checkout, writing fragmented MP4. */
async function liveFfmpegs(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (path.basename(cmdline.split('\0')[0]) !== 'ffmpeg' || !cmdline.includes('empty_moov')) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd.startsWith(process.cwd())) pids.push(Number(entry));
  }
  return pids;
}

async function videoIdsByName(page: Page): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const { buckets } = await (await page.request.get('/api/timeline/buckets?type=video')).json();
  for (const { month } of buckets as { month: string }[]) {
    for (const id of decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}&type=video`)).json()).id) {
      ids[(await (await page.request.get(`/api/assets/${id}`)).json()).fileName] = id;
    }
  }
  return ids;
}

test('direct, remux and transcode play in Chromium; ffmpeg ends when the browser leaves', async ({ page, context }) => {
  await signInAsAdmin(page);
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-playback-'));
  await copyFile(path.join(corpusDir, 'videos/androidx/mp4_sample.mp4'), path.join(root, 'pb-direct.mp4'));
  await copyFile(path.join(corpusDir, 'videos/androidx/mkv_sample_with_srt.mkv'), path.join(root, 'pb-remux.mkv'));
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-f', 'lavfi', '-i', 'sine=f=440', '-t', '120', '-c:v', 'mpeg4', '-q:v', '20', '-c:a', 'mp3', path.join(root, 'pb-transcode.avi')]);
  const me = (await (await page.request.get('/api/me')).json()).user.id;
  expect((await page.request.post('/api/libraries', { data: { name: 'Playback', rootPath: root, ownerId: me } })).status()).toBe(201);
  await expect
    .poll(async () => {
      const { libraries } = await (await page.request.get('/api/libraries')).json();
      return libraries.find((l: { rootPath: string }) => l.rootPath === root)?.counts;
    }, { timeout: 120_000, intervals: [1000] })
    .toMatchObject({ ready: 3, pending: 0 });
  // The month counts the timeline lists are refreshed a few seconds after ingest.
  let ids: Record<string, string> = {};
  await expect
    .poll(async () => {
      ids = await videoIdsByName(page);
      return ['pb-direct.mp4', 'pb-remux.mkv', 'pb-transcode.avi'].filter((n) => n in ids).length;
    }, { timeout: 60_000 })
    .toBe(3);

  for (const [name, mode] of [['pb-direct.mp4', 'direct'], ['pb-remux.mkv', 'remux'], ['pb-transcode.avi', 'transcode']]) {
    const url = `/api/assets/${ids[name]}/stream`;
    const playback = await page.evaluate(async (u) => {
      const first = await fetch(u);
      const mode = first.headers.get('x-shoebox-playback');
      await first.body?.cancel();
      const video = document.createElement('video');
      video.muted = true;
      document.body.append(video);
      const playing = new Promise<string>((resolve) => {
        video.addEventListener('playing', () => resolve('playing'), { once: true });
        video.addEventListener('error', () => resolve(`error ${video.error?.code} ${video.error?.message}`), { once: true });
      });
      video.src = u;
      await video.play().catch(() => undefined);
      const result = await playing;
      video.pause();
      video.removeAttribute('src');
      video.load();
      video.remove();
      return { result, mode };
    }, url);
    expect([name, playback]).toEqual([name, { result: 'playing', mode }]);
  }
  await expect.poll(liveFfmpegs, { timeout: 10_000 }).toEqual([]);

  // A fetch aborted after the first bytes: the server's ffmpeg goes.
  const transcode = `/api/assets/${ids['pb-transcode.avi']}/stream?start=10`;
  await page.evaluate(async (u) => {
    const abort = new AbortController();
    (window as unknown as { abortStream: AbortController }).abortStream = abort;
    const res = await fetch(u, { signal: abort.signal });
    await res.body!.getReader().read();
  }, transcode);
  await expect.poll(liveFfmpegs).toHaveLength(1);
  await page.evaluate(() => (window as unknown as { abortStream: AbortController }).abortStream.abort());
  await expect.poll(liveFfmpegs, { timeout: 5000 }).toEqual([]);

  // A tab playing a transcode, closed.
  const tab = await context.newPage();
  await tab.goto(transcode);
  await expect.poll(liveFfmpegs).toHaveLength(1);
  await tab.close();
  await expect.poll(liveFfmpegs, { timeout: 5000 }).toEqual([]);
});
