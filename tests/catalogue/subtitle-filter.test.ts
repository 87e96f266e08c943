// "Has subtitles" comes from what ingest stored: the text subtitle streams inside the file and
// the .srt/.vtt sidecars beside it (video_meta.subtitle_tracks), counted as the player lists
// them. Real ffmpeg over corpus files, through a scan and the ingest task.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';
import { videoPage } from './helpers';

describe('hasSubtitles', () => {
  it('counts embedded text streams and sidecar files at ingest, and filters by them', async () => {
    const root = await copyCorpus('videos/androidx/mkv_sample_with_srt.mkv', 'videos/androidx/mkv_sample_with_chapters.mkv');
    await writeFile(path.join(root, 'videos/androidx/mkv_sample_with_srt.en.srt'), '1\n00:00:00,500 --> 00:00:01,000\nHello\n');
    const owner = await createUser();
    const { cookie } = await signIn(owner.id);
    const library = await createLibraryRow(owner.id, root);
    await scanLibrary(library.id);
    await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
    const rows = await prisma().asset.findMany({ where: { libraryId: library.id }, select: { id: true, relPath: true, videoMeta: { select: { subtitleTracks: true } } } });
    const byName = Object.fromEntries(rows.map((r) => [path.posix.basename(r.relPath), r]));
    expect(byName['mkv_sample_with_srt.mkv'].videoMeta?.subtitleTracks).toBe(2);
    expect(byName['mkv_sample_with_chapters.mkv'].videoMeta?.subtitleTracks).toBe(0);
    expect((await videoPage(cookie, '?hasSubtitles=true')).items.map((v) => v.id)).toEqual([byName['mkv_sample_with_srt.mkv'].id]);
    expect((await videoPage(cookie, '?hasSubtitles=false')).items.map((v) => v.id)).toEqual([byName['mkv_sample_with_chapters.mkv'].id]);
  }, 120_000);
});
