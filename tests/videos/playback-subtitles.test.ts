// Subtitle tracks for the player: text streams inside MKV files (SRT, ASS) and sidecar .srt/.vtt
// files beside the video, each answered as WebVTT; a sidecar that is a link out of the library
// is not read; a stranger gets 404. Real ffmpeg over corpus files.
import { copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as tracksRoute } from '@/app/api/assets/[id]/subtitles/route';
import { GET as trackRoute } from '@/app/api/assets/[id]/subtitles/[track]/route';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';

const SRT = '1\n00:00:00,500 --> 00:00:01,000\nHello from the sidecar\n\n2\n00:00:01,200 --> 00:00:02,000\nSecond line\n';

async function videoInFolder(file: string, relPath: string) {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-subs-'));
  await mkdir(path.join(root, path.posix.dirname(relPath)), { recursive: true });
  await copyFile(corpusPath('videos/androidx', file), path.join(root, relPath));
  const owner = await libraryOwner(user.id, root);
  const id = await createAsset(owner, { local: '2024-01-01 10:00:00', type: 'video', relPath, mime: 'video/webm' });
  return { cookie, root, id };
}

async function tracks(id: string, cookie: string) {
  const res = await tracksRoute(request(`/api/assets/${id}/subtitles`, { cookie }), params({ id }));
  return { status: res.status, body: (await res.json()) as { tracks: { id: string; source: string; language: string | null; label: string; url: string }[] } };
}

function track(id: string, trackId: string, cookie: string) {
  return trackRoute(request(`/api/assets/${id}/subtitles/${trackId}`, { cookie }), params({ id, track: trackId }));
}

describe('subtitles', () => {
  it('offers the SRT stream inside an MKV as WebVTT, with its language and title', async () => {
    const { cookie, id } = await videoInFolder('mkv_sample_with_srt.mkv', 'films/sample.mkv');
    const { status, body } = await tracks(id, cookie);
    expect(status).toBe(200);
    expect(body.tracks).toEqual([
      { id: 'embedded-0', source: 'embedded', language: 'eng', label: 'Subs Label', url: `/api/assets/${id}/subtitles/embedded-0` },
    ]);
    const res = await track(id, 'embedded-0', cookie);
    expect(res.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await res.text()).toBe('WEBVTT\n\n00:00.000 --> 00:01.234\nThis is the first subtitle.\n');
  });

  it('offers an ASS stream as WebVTT text', async () => {
    const { cookie, id } = await videoInFolder('mkv_sample_with_ssa_subtitles.mkv', 'sample.mkv');
    const { body } = await tracks(id, cookie);
    expect(body.tracks.map((t) => t.id)).toEqual(['embedded-0']);
    const vtt = await (await track(id, 'embedded-0', cookie)).text();
    expect(vtt).toMatch(/^WEBVTT\n/);
    expect(vtt).toContain('00:00.000 --> 00:00.500\nThis is the first subtitle.');
  });

  it('offers sidecar .srt and .vtt files with the same base name, converted to WebVTT, after the embedded ones', async () => {
    const { cookie, root, id } = await videoInFolder('mkv_sample_with_srt.mkv', 'holiday/clip.mkv');
    await writeFile(path.join(root, 'holiday/clip.en.srt'), SRT);
    await writeFile(path.join(root, 'holiday/clip.vtt'), 'WEBVTT\n\n00:00.000 --> 00:00.900\nA WebVTT sidecar\n');
    await writeFile(path.join(root, 'holiday/clipper.srt'), SRT); // another video's
    await writeFile(path.join(root, 'holiday/clip.srt.txt'), SRT);
    const { body } = await tracks(id, cookie);
    expect(body.tracks.map((t) => [t.id, t.source, t.language, t.label])).toEqual([
      ['embedded-0', 'embedded', 'eng', 'Subs Label'],
      ['sidecar-0', 'sidecar', 'en', 'en'],
      ['sidecar-1', 'sidecar', null, 'clip.vtt'],
    ]);
    const srt = await (await track(id, 'sidecar-0', cookie)).text();
    expect(srt).toBe('WEBVTT\n\n00:00.500 --> 00:01.000\nHello from the sidecar\n\n00:01.200 --> 00:02.000\nSecond line\n');
    expect(await (await track(id, 'sidecar-1', cookie)).text()).toContain('00:00.000 --> 00:00.900\nA WebVTT sidecar');
    expect((await track(id, 'sidecar-2', cookie)).status).toBe(404);
    expect((await track(id, 'embedded-1', cookie)).status).toBe(404);
    expect((await track(id, 'nonsense', cookie)).status).toBe(404);
  });

  it('reads a sidecar that is not UTF-8 as Windows-1252, and a UTF-8 one as UTF-8', async () => {
    const { cookie, root, id } = await videoInFolder('mp4_sample.mp4', 'old/film.mp4');
    await writeFile(path.join(root, 'old/film.fr.srt'), Buffer.from('1\r\n00:00:00,000 --> 00:00:01,000\r\nCaf\xe9 cr\xe8me \x96 \x80\r\n', 'latin1'));
    await writeFile(path.join(root, 'old/film.ja.srt'), '1\n00:00:00,000 --> 00:00:01,000\nこんにちは — café\n');
    expect(await (await track(id, 'sidecar-0', cookie)).text()).toContain('Café crème – €');
    expect(await (await track(id, 'sidecar-1', cookie)).text()).toContain('こんにちは — café');
  });

  it('does not read a sidecar that is a link to a file outside the library', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'shoebox-outside-'));
    await writeFile(path.join(outside, 'secret.srt'), '1\n00:00:00,000 --> 00:00:01,000\nOUTSIDE-SECRET\n');
    const { cookie, root, id } = await videoInFolder('mp4_sample.mp4', 'clip.mp4');
    await symlink(path.join(outside, 'secret.srt'), path.join(root, 'clip.srt'));
    const { body } = await tracks(id, cookie);
    expect(body.tracks.map((t) => t.id)).toEqual(['sidecar-0']); // listed by name only…
    const res = await track(id, 'sidecar-0', cookie);
    expect(res.status).toBe(404); // …never read
    expect(await res.text()).not.toContain('OUTSIDE-SECRET');
  });

  it('answers 404 to a stranger on the list and on a track', async () => {
    const { id } = await videoInFolder('mkv_sample_with_srt.mkv', 'a.mkv');
    const stranger = await signIn((await createUser()).id);
    expect((await tracks(id, stranger.cookie)).status).toBe(404);
    const res = await track(id, 'embedded-0', stranger.cookie);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('first subtitle');
  });
});
