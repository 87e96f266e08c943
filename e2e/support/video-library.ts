// A library of test videos made with ffmpeg (test patterns with a tone): a 60 s H.264/AAC MP4
// the browser plays directly, a 60 s H.264 MKV that is remuxed (with English subtitles beside it), and a 120 s MPEG-4 Part 2 AVI
// that is transcoded — long enough that seeks land past what a live stream has buffered. Added
// once per server as the signed-in user's library; waits for ingest and for each video's seek
// sprite (its preview media) by polling the API.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect } from '@playwright/test';
import { decodeBucket } from '../../lib/timeline/bucket-wire';

const PATTERN = (seconds: number, size: string, tone: number) => ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`, '-f', 'lavfi', '-i', `sine=f=${tone}`, '-t', String(seconds)];
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '25', '-pix_fmt', 'yuv420p', '-c:a', 'aac'];

export const VIDEO_FILES = {
  direct: { name: 'vp-direct.mp4', args: [...PATTERN(60, '640x360', 440), ...H264, '-movflags', '+faststart'] },
  remux: { name: 'vp-remux.mkv', args: [...PATTERN(60, '640x360', 330), ...H264] },
  transcode: { name: 'vp-transcode.avi', args: [...PATTERN(120, '320x240', 550), '-c:v', 'mpeg4', '-q:v', '20', '-c:a', 'mp3'] },
} as const;
export type VideoKind = keyof typeof VIDEO_FILES;

/** English subtitles beside the MKV (a sidecar .srt), one line every ten seconds. */
export const SUBTITLES = [0, 10, 20, 30, 40, 50]
  .map((s, i) => `${i + 1}\n00:00:${String(s).padStart(2, '0')},000 --> 00:00:${String(s + 5).padStart(2, '0')},000\nLine at ${s} seconds\n`)
  .join('\n');

/** Makes the files (once per folder) and returns the folder. */
export async function makeVideoFolder(root = path.join(os.tmpdir(), 'shoebox-e2e-video-page')): Promise<string> {
  await mkdir(root, { recursive: true });
  for (const { name, args } of Object.values(VIDEO_FILES)) {
    const file = path.join(root, name);
    if (!existsSync(file)) execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, file]);
  }
  await writeFile(path.join(root, 'vp-remux.en.srt'), SUBTITLES);
  return root;
}

async function videoIdsByName(request: APIRequestContext): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const { buckets } = await (await request.get('/api/timeline/buckets?type=video')).json();
  for (const { month } of buckets as { month: string }[]) {
    for (const id of decodeBucket(await (await request.get(`/api/timeline/bucket?month=${month}&type=video`)).json()).id) {
      ids[(await (await request.get(`/api/assets/${id}`)).json()).fileName] = id;
    }
  }
  return ids;
}

/** Adds the folder as a library of the signed-in user (unless it is one already); ids by kind once every video has its sprite. */
export async function ensureVideoLibrary(request: APIRequestContext): Promise<Record<VideoKind, string>> {
  const root = await makeVideoFolder();
  const { libraries } = await (await request.get('/api/libraries')).json();
  if (!libraries.some((l: { rootPath: string }) => l.rootPath === root)) {
    const me = (await (await request.get('/api/me')).json()).user.id;
    expect((await request.post('/api/libraries', { data: { name: 'Video page', rootPath: root, ownerId: me } })).status()).toBe(201);
  }
  let byName: Record<string, string> = {};
  await expect
    .poll(async () => {
      byName = await videoIdsByName(request);
      return Object.values(VIDEO_FILES).filter((f) => f.name in byName).length;
    }, { timeout: 180_000, intervals: [1000] })
    .toBe(3);
  const ids = Object.fromEntries(Object.entries(VIDEO_FILES).map(([kind, f]) => [kind, byName[f.name]])) as Record<VideoKind, string>;
  for (const id of Object.values(ids)) {
    await expect.poll(async () => (await request.get(`/api/assets/${id}/vtt`)).status(), { timeout: 180_000, intervals: [1000] }).toBe(200);
  }
  return ids;
}
