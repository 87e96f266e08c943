// The player's stream: direct play with Range for files a browser plays, remux and transcode to
// fragmented MP4 on the fly for the others, from ?start=; ffmpeg ends when the client goes
// away, one live stream per viewer, and a cap on transcodes. Real ffmpeg, real corpus files.
import { execFileSync } from 'node:child_process';
import { copyFile, link, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as streamRoute } from '@/app/api/assets/[id]/stream/route';
import { mimeOfVideoContainer } from '@/lib/media/media-types';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';
import { ffmpegChildren } from '../support/ffmpeg-children';

const ANDROIDX = 'videos/androidx';
/** The corpus videos and a generated one, hard-linked into each viewer's own library folder. */
let root: string;
// A long MPEG-4 Part 2 file (transcoded, and slow enough to still be running when a test aborts).
const LONG_AVI = 'long-mpeg4.avi';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-playback-'));
  for (const name of await readdir(corpusPath(ANDROIDX))) await copyFile(corpusPath(ANDROIDX, name), path.join(root, name));
  await copyFile(corpusPath('videos/echo-hereweare.webm'), path.join(root, 'echo-hereweare.webm'));
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-f', 'lavfi', '-i', 'sine=f=440', '-t', '300', '-c:v', 'mpeg4', '-q:v', '20', '-c:a', 'mp3', path.join(root, LONG_AVI)]);
}, 120_000);

afterEach(async () => {
  // Every test leaves no ffmpeg behind (and frees the transcode slots for the next).
  await expect.poll(ffmpegChildren, { timeout: 5000 }).toEqual([]);
});

/** A full garbage collection now: a request's abort must still arrive once nothing but the route holds the Request. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}


async function viewer() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'shoebox-playback-lib-'));
  for (const name of await readdir(root)) await link(path.join(root, name), path.join(folder, name));
  return { user, cookie, owner: await libraryOwner(user.id, folder) };
}

async function videoAsset(owner: Awaited<ReturnType<typeof libraryOwner>>, relPath: string) {
  const container = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=format_name', '-of', 'csv=p=0', path.join(owner.rootPath, relPath)]).toString().trim();
  return createAsset(owner, { local: '2024-01-01 10:00:00', type: 'video', relPath, mime: mimeOfVideoContainer(container) });
}

function stream(id: string, cookie: string, query = '', init: RequestInit = {}) {
  return streamRoute(request(`/api/assets/${id}/stream${query}`, { cookie, ...init }), params({ id }));
}

/** Reads the whole body. */
async function readBody(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

async function ffprobeStreams(bytes: Buffer) {
  const file = path.join(root, `probe-${Math.random().toString(36).slice(2)}.mp4`);
  await writeFile(file, bytes);
  const out = execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file]).toString();
  return JSON.parse(out) as { streams: { codec_type: string; codec_name: string; pix_fmt?: string; width?: number; height?: number }[]; format: { duration?: string } };
}

const codecsOf = (probe: Awaited<ReturnType<typeof ffprobeStreams>>) => probe.streams.map((s) => `${s.codec_type}:${s.codec_name}`).sort();

describe('GET /api/assets/:id/stream — the playback mode', () => {
  it('plays WebM, MP4 and VP9 10-bit directly, remuxes MKV/FLV with H.264, transcodes MPEG-4 Part 2, H.263, 4:4:4 and HEVC', async () => {
    const { cookie, owner } = await viewer();
    const expected: [string, string][] = [
      ['echo-hereweare.webm', 'direct'],
      ['mp4_sample.mp4', 'direct'],
      // VP9 profile 2: Chromium and Firefox decode it in software (canPlayType 'probably').
      ['vp9_roadtrip-vp92-10bit.webm', 'direct'],
      ['mkv_sample_with_srt.mkv', 'remux'], // H.264 + AC-3: video copied, audio to AAC
      ['flv_sample.flv', 'remux'],
      ['avi_sample.avi', 'transcode'],
      ['mp4_bbb_176x144_128kbps_15fps_h263.3gp', 'transcode'],
      ['mkv_sample_with_chapters.mkv', 'transcode'], // H.264 High 4:4:4
      ['mp4_hlg10-color-test.mp4', 'transcode'], // HEVC Main 10
    ];
    for (const [file, mode] of expected) {
      const res = await stream(await videoAsset(owner, file), cookie);
      expect([file, res.status, res.headers.get('x-shoebox-playback')]).toEqual([file, 200, mode]);
      await res.body?.cancel();
    }
  });

  it('plays HEVC directly when the player says its browser decodes it', async () => {
    const { cookie, owner } = await viewer();
    const id = await videoAsset(owner, 'mp4_hlg10-color-test.mp4');
    const res = await stream(id, cookie, '?hevc=1');
    expect(res.headers.get('x-shoebox-playback')).toBe('direct');
    await res.body?.cancel();
  });
});

describe('direct play', () => {
  it('answers a Range with 206 and exactly those bytes, inline, with its video type and ETag', async () => {
    const { cookie, owner } = await viewer();
    const id = await videoAsset(owner, 'mp4_sample.mp4');
    const res = await stream(id, cookie, '', { headers: { range: 'bytes=1000-1999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toBe('inline');
    expect(res.headers.get('content-range')).toBe(`bytes 1000-1999/${(await readFile(path.join(root, 'mp4_sample.mp4'))).length}`);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals((await readFile(path.join(root, 'mp4_sample.mp4'))).subarray(1000, 2000))).toBe(true);
    const webm = await stream(await videoAsset(owner, 'echo-hereweare.webm'), cookie, '', { headers: { range: 'bytes=0-3' } });
    expect([webm.status, webm.headers.get('content-type')]).toEqual([206, 'video/webm']);
    expect(Buffer.from(await webm.arrayBuffer()).toString('hex')).toBe('1a45dfa3'); // EBML magic
  });
});

describe('remux and transcode', () => {
  it('remuxes H.264 in MKV into fragmented MP4 with the video copied and AC-3 made AAC, with the duration in a header', async () => {
    const { cookie, owner } = await viewer();
    const res = await stream(await videoAsset(owner, 'mkv_sample_with_srt.mkv'), cookie);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('accept-ranges')).toBeNull();
    expect(Number(res.headers.get('x-content-duration'))).toBeCloseTo(1.234, 2);
    const bytes = await readBody(res);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(codecsOf(await ffprobeStreams(bytes))).toEqual(['audio:aac', 'video:h264']);
  });

  it('transcodes MPEG-4 Part 2 to H.264 8-bit 4:2:0 + AAC, and starts at ?start=', async () => {
    const { cookie, owner } = await viewer();
    const id = await videoAsset(owner, 'avi_sample.avi');
    const whole = await stream(id, cookie);
    expect(Number(whole.headers.get('x-content-duration'))).toBeCloseTo(4.087, 2);
    const bytes = await readBody(whole);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const probe = await ffprobeStreams(bytes);
    expect(codecsOf(probe)).toEqual(['audio:aac', 'video:h264']);
    expect(probe.streams.find((s) => s.codec_type === 'video')?.pix_fmt).toBe('yuv420p');
    const fromTwo = await stream(id, cookie, '?start=2.5');
    expect(fromTwo.headers.get('x-shoebox-start')).toBe('2.500');
    expect(Number(fromTwo.headers.get('x-content-duration'))).toBeCloseTo(4.087, 2); // the whole video's, for the time line
    const rest = Number((await ffprobeStreams(await readBody(fromTwo))).format.duration);
    expect(rest).toBeGreaterThan(1);
    expect(rest).toBeLessThan(2);
  });

  it('keeps a transcode within 720p', async () => {
    const { cookie, owner } = await viewer();
    const res = await stream(await videoAsset(owner, 'mp4_sample_with_color_info.mp4'), cookie); // HEVC 10-bit
    const probe = await ffprobeStreams(await readBody(res));
    const video = probe.streams.find((s) => s.codec_type === 'video')!;
    expect([video.codec_name, video.pix_fmt]).toEqual(['h264', 'yuv420p']);
    const [short, long] = [video.width!, video.height!].sort((x, y) => x - y);
    expect(short).toBeLessThanOrEqual(720);
    expect(long).toBeLessThanOrEqual(1280);
  });
});

describe('ffmpeg lifetime', () => {
  it('kills ffmpeg when the client aborts the request', async () => {
    const { cookie, owner } = await viewer();
    const id = await videoAsset(owner, LONG_AVI);
    const abort = new AbortController();
    const res = await stream(id, cookie, '', { signal: abort.signal });
    const first = await res.body!.getReader().read();
    expect(Buffer.from(first.value!).subarray(4, 8).toString('latin1')).toBe('ftyp');
    const running = await ffmpegChildren();
    expect(running).toHaveLength(1);
    collectGarbage();
    abort.abort();
    await expect.poll(ffmpegChildren, { timeout: 3000 }).toEqual([]);
  });

  it('kills ffmpeg when the response stream is cancelled (the client closed the connection)', async () => {
    const { cookie, owner } = await viewer();
    const res = await stream(await videoAsset(owner, LONG_AVI), cookie, '?start=100');
    const reader = res.body!.getReader();
    await reader.read();
    expect(await ffmpegChildren()).toHaveLength(1);
    await reader.cancel();
    await expect.poll(ffmpegChildren, { timeout: 3000 }).toEqual([]);
  });

  it('runs one live stream per viewer: a new stream (a seek) ends the previous one', async () => {
    const { cookie, owner } = await viewer();
    const id = await videoAsset(owner, LONG_AVI);
    const first = await stream(id, cookie);
    const firstReader = first.body!.getReader();
    await firstReader.read();
    const [firstPid] = await ffmpegChildren();
    const second = await stream(id, cookie, '?start=60');
    const secondReader = second.body!.getReader();
    await secondReader.read();
    await expect.poll(ffmpegChildren, { timeout: 3000 }).toHaveLength(1);
    expect(await ffmpegChildren()).not.toContain(firstPid);
    // The first response ends instead of hanging.
    let firstEnded = false;
    while (!firstEnded) firstEnded = await firstReader.read().then((r) => r.done, () => true);
    await secondReader.cancel();
  });

  it('caps transcodes per process: a third viewer gets 503 with Retry-After while two are running', async () => {
    const viewers = [await viewer(), await viewer(), await viewer()];
    const ids = await Promise.all(viewers.map((v) => videoAsset(v.owner, LONG_AVI)));
    const running = [await stream(ids[0], viewers[0].cookie), await stream(ids[1], viewers[1].cookie)];
    const third = await stream(ids[2], viewers[2].cookie);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('10');
    expect((await third.json()).error.code).toBe('unavailable');
    // A remux copies bytes and is not capped.
    const remux = await stream(await videoAsset(viewers[2].owner, 'flv_sample.flv'), viewers[2].cookie);
    expect(remux.status).toBe(200);
    await Promise.all([...running, remux].map((r) => r.body!.cancel()));
  });
});

describe('direct play when the player lets go', () => {
  /** Descriptors this process holds on files of the folder. */
  async function openFilesUnder(folder: string): Promise<number> {
    let n = 0;
    for (const fd of await readdir('/proc/self/fd')) {
      const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
      if (target.startsWith(folder)) n++;
    }
    return n;
  }

  it('closes the file at once when a Range response is cancelled half-way (a seek, a closed tab), with no error', async () => {
    const { owner, cookie } = await viewer();
    const id = await videoAsset(owner, 'mp4_pixel7_videoOnly_cleaned.mp4');
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 20; i++) {
        const res = await stream(id, cookie, '', { headers: { range: 'bytes=0-' } });
        expect(res.status).toBe(206);
        const reader = res.body!.getReader();
        expect((await reader.read()).value!.byteLength).toBeGreaterThan(0);
        // The player lets go while the next chunk is on its way.
        const next = reader.read();
        await reader.cancel();
        await next.catch(() => undefined);
      }
      // Closed by the cancel itself, not by a garbage collection some time later.
      await expect.poll(() => openFilesUnder(owner.rootPath), { timeout: 2000 }).toBe(0);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
  });
});

describe('transcode cap under parallel requests', () => {
  it('lets exactly two of six viewers asking at once transcode; the others get 503 and no ffmpeg', async () => {
    const viewers = await Promise.all(Array.from({ length: 6 }, () => viewer()));
    const ids = await Promise.all(viewers.map((v) => videoAsset(v.owner, LONG_AVI)));
    const answers = await Promise.all(ids.map((id, i) => stream(id, viewers[i].cookie)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 503, 503, 503, 503]);
    await expect.poll(ffmpegChildren, { timeout: 5000 }).toHaveLength(2);
    await Promise.all(answers.filter((a) => a.status === 200).map((a) => a.body!.cancel()));
    await Promise.all(answers.filter((a) => a.status === 503).map((a) => a.text()));
    await expect.poll(ffmpegChildren, { timeout: 5000 }).toHaveLength(0);
  });
});

describe('access', () => {
  it("answers 404 to a stranger, for a missing id, and for a photo", async () => {
    const a = await viewer();
    const b = await viewer();
    const id = await videoAsset(a.owner, 'mp4_sample.mp4');
    const photo = await createAsset(a.owner, { local: '2024-01-01 10:00:00' });
    expect((await stream(id, b.cookie)).status).toBe(404);
    expect((await stream('00000000-0000-4000-8000-000000000000', a.cookie)).status).toBe(404);
    expect((await stream(photo, a.cookie)).status).toBe(404);
  });
});
