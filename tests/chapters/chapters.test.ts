// Chapters of real videos (real ffprobe, real Postgres): the ingest imports a file's chapters
// (MKV and MP4, as ffprobe lists them) and a re-import leaves the same rows and users' chapters
// alone; everyone who sees a video lists every chapter; a user removes only the chapters they
// added; the per-user cap holds under a burst of parallel adds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as deleteChapterRoute } from '@/app/api/assets/[id]/chapters/[chapterId]/route';
import { GET as listRoute, POST as addRoute } from '@/app/api/assets/[id]/chapters/route';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { importChaptersOfIngestedVideos } from '@/lib/chapters/import-chapters-of-ingested-videos';
import type { ChapterList, ChapterView } from '@/lib/chapters/chapters.schemas';
import { MAX_USER_CHAPTERS_PER_VIDEO } from '@/lib/chapters/chapters.schemas';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

const MKV = 'videos/androidx/mkv_sample_with_chapters.mkv';
const MP4 = 'videos/androidx/mp4_sample_with_chapters.mp4';
const PLAIN = 'videos/androidx/mp4_sample.mp4';

let root: string;
let libraryId: string;
let owner: { id: string; name: string };
let cookie: string;

const videoId = async (relPath: string) => (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } })).id;

const list = async (id: string, asCookie = cookie): Promise<ChapterList> => {
  const res = await listRoute(request(`/api/assets/${id}/chapters`, { cookie: asCookie }), params({ id }));
  expect(res.status).toBe(200);
  return res.json();
};
const add = (id: string, json: unknown, asCookie = cookie) => addRoute(request(`/api/assets/${id}/chapters`, { method: 'POST', cookie: asCookie, json }), params({ id }));
const remove = (id: string, chapterId: string, asCookie = cookie) =>
  deleteChapterRoute(request(`/api/assets/${id}/chapters/${chapterId}`, { method: 'DELETE', cookie: asCookie }), params({ id, chapterId }));

/** What ffprobe itself lists: start times and titles. */
function ffprobeChapters(relPath: string): { seconds: number; title: string }[] {
  const out = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_chapters', path.join(root, relPath)]).toString()) as {
    chapters: { start_time: string; tags?: { title?: string } }[];
  };
  return out.chapters.map((c) => ({ seconds: Number(c.start_time), title: c.tags?.title ?? '' }));
}

const fileChapters = (l: ChapterList) => l.chapters.filter((c) => c.source === 'file').map((c) => ({ seconds: c.seconds, title: c.title }));

beforeAll(async () => {
  root = await copyCorpus(MKV, MP4, PLAIN);
  const user = await createUser();
  owner = { id: user.id, name: user.name };
  cookie = (await signIn(user.id)).cookie;
  libraryId = (await createLibraryRow(user.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
}, 120_000);

describe('chapters from the file', () => {
  it.each([MKV, MP4])('are imported at ingest exactly as ffprobe lists them: %s', async (relPath) => {
    const expected = ffprobeChapters(relPath);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const { chapters } = await list(await videoId(relPath));
    expect(fileChapters({ chapters })).toEqual(expected);
    expect(chapters.every((c) => c.source === 'file' && c.author === null && c.mine === false)).toBe(true);
  });

  it('are none for a file without chapters', async () => {
    expect((await list(await videoId(PLAIN))).chapters).toEqual([]);
  });

  it('are replaced, not added, by a re-ingest and by `shoebox videos --chapters`; users’ chapters stay', async () => {
    const id = await videoId(MKV);
    const mine = (await (await add(id, { seconds: 3, title: '  My part  ' })).json()) as ChapterView;
    expect(mine).toMatchObject({ seconds: 3, title: 'My part', source: 'user', author: owner, mine: true });
    const before = await list(id);
    expect(await ingestAsset(id)).toBe('ready');
    expect(await list(id)).toEqual({ chapters: before.chapters.map((c) => (c.source === 'file' ? { ...c, id: expect.any(String), createdAt: expect.any(String) } : c)) });

    // A video ingested before chapters existed has none until the CLI reads them.
    await prisma().chapter.deleteMany({ where: { assetId: id, userId: null } });
    expect(fileChapters(await list(id))).toEqual([]);
    const first = await importChaptersOfIngestedVideos();
    expect(first).toMatchObject({ videos: 3, withChapters: 2, chapters: 5, skipped: 0 });
    await importChaptersOfIngestedVideos();
    const after = await list(id);
    expect(fileChapters(after)).toEqual(ffprobeChapters(MKV));
    expect(after.chapters.filter((c) => c.source === 'user')).toEqual([mine]);
    expect(await prisma().chapter.count({ where: { asset: { libraryId } } })).toBe(6); // 2 + 3 from the files, 1 of mine
  });
});

describe('chapters users add', () => {
  it('lists everyone’s chapters in time order, with their author; refuses a time past the end, a bad title, a photo', async () => {
    const id = await videoId(MP4); // 1.089 s long, chapters at 0, 0.201, 0.8
    const other = await createUser();
    await prisma().chapter.create({ data: { assetId: id, userId: other.id, seconds: 0.5, title: 'Theirs' } });
    expect((await add(id, { seconds: 0.3, title: 'Mine' })).status).toBe(201);
    const { chapters } = await list(id);
    expect(chapters.map((c) => [c.seconds, c.title, c.source, c.mine])).toEqual([
      [0, 'Chapter 1', 'file', false],
      [0.201, 'Chapter 2', 'file', false],
      [0.3, 'Mine', 'user', true],
      [0.5, 'Theirs', 'user', false],
      [0.8, 'Chapter 3', 'file', false],
    ]);
    expect(chapters[3].author).toEqual({ id: other.id, name: other.name });

    const pastEnd = await add(id, { seconds: 1.2, title: 'Too late' });
    expect(pastEnd.status).toBe(422);
    expect((await pastEnd.json()).error.details.fieldErrors.seconds).toHaveLength(1);
    for (const bad of [{ seconds: 1, title: '   ' }, { seconds: -1, title: 'x' }, { seconds: 1, title: 'x'.repeat(201) }, { seconds: 1, title: 'x', extra: 1 }, { title: 'x' }]) {
      expect((await add(id, bad)).status, JSON.stringify(bad)).toBe(422);
    }
    const photo = await createAsset(await libraryOwner(owner.id), { local: '2024-01-01 10:00:00' });
    expect((await add(photo, { seconds: 0, title: 'x' })).status).toBe(404);
    expect((await listRoute(request(`/api/assets/${photo}/chapters`, { cookie }), params({ id: photo }))).status).toBe(404);
  });

  it('removes only a chapter I added (204); the file’s, someone else’s and one of another video are not found', async () => {
    const id = await videoId(PLAIN);
    const otherVideo = await videoId(MKV);
    const other = await createUser();
    const theirs = await prisma().chapter.create({ data: { assetId: id, userId: other.id, seconds: 0.5, title: 'Theirs' } });
    const mine = (await (await add(id, { seconds: 0.2, title: 'Mine' })).json()) as ChapterView;
    const fileChapter = (await list(otherVideo)).chapters.find((c) => c.source === 'file')!;

    expect((await remove(id, theirs.id)).status).toBe(404);
    expect((await remove(otherVideo, fileChapter.id)).status).toBe(404);
    expect((await remove(otherVideo, mine.id)).status).toBe(404); // mine, but not on that video
    expect((await remove(id, 'not-a-uuid')).status).toBe(404);
    // A stranger cannot see the video at all.
    const stranger = await createUser();
    expect((await remove(id, mine.id, (await signIn(stranger.id)).cookie)).status).toBe(404);
    expect((await list(id)).chapters.map((c) => c.title)).toEqual(['Mine', 'Theirs']);
    expect(fileChapters(await list(otherVideo))).toContainEqual({ seconds: fileChapter.seconds, title: fileChapter.title });

    const gone = await remove(id, mine.id);
    expect(gone.status).toBe(204);
    expect(await gone.text()).toBe('');
    expect((await list(id)).chapters.map((c) => c.title)).toEqual(['Theirs']);
    expect((await remove(id, mine.id)).status).toBe(404);
  });

  it(`stops at ${MAX_USER_CHAPTERS_PER_VIDEO} per user and video, also when 20 adds arrive at once`, async () => {
    const user = await createUser();
    const userCookie = (await signIn(user.id)).cookie;
    const video = await createAsset(await libraryOwner(user.id), { local: '2024-01-01 10:00:00', type: 'video', durationMs: 3_600_000 });
    // Others' and the file's chapters do not count against mine.
    const other = await createUser();
    await prisma().chapter.createMany({ data: [{ assetId: video, userId: null, seconds: 1, title: 'File' }, { assetId: video, userId: other.id, seconds: 2, title: 'Other' }] });
    await prisma().chapter.createMany({
      data: Array.from({ length: MAX_USER_CHAPTERS_PER_VIDEO - 1 }, (_, i) => ({ assetId: video, userId: user.id, seconds: i, title: `Mine ${i}` })),
    });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => add(video, { seconds: 1000 + i, title: `Burst ${i}` }, userCookie)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    const refused = await answers.find((r) => r.status === 409)!.json();
    expect(refused.error).toMatchObject({ code: 'limit_reached', details: { kind: 'chapter', limit: MAX_USER_CHAPTERS_PER_VIDEO } });
    expect(await prisma().chapter.count({ where: { assetId: video, userId: user.id } })).toBe(MAX_USER_CHAPTERS_PER_VIDEO);
    expect(await prisma().chapter.count({ where: { assetId: video } })).toBe(MAX_USER_CHAPTERS_PER_VIDEO + 2);
  });
});
