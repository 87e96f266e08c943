// How a library follows its folder over time: moves keep the asset, exclusions apply, each
// scan leaves its counters, and videos are recorded with their ffprobe metadata and poster.
import { cp, mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

async function newLibrary(files: Record<string, string>, settings: { excludeGlobs?: string[] } = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-changes-'));
  for (const [target, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, target)), { recursive: true });
    await cp(path.join(corpusDir, source), path.join(root, target));
  }
  const owner = await createUser();
  const library = await createLibraryRow(owner.id, root);
  if (settings.excludeGlobs) await prisma().library.update({ where: { id: library.id }, data: { excludeGlobs: settings.excludeGlobs } });
  return { root, libraryId: library.id };
}

describe('a library over time', () => {
  it('keeps the asset (and its id) when a file is renamed and moved to another folder', async () => {
    const { root, libraryId } = await newLibrary({ '2019/beach.jpg': 'photos/exif-samples/jpg/Canon_40D.jpg', '2019/other.jpg': 'photos/exif-samples/jpg/Nikon_D70.jpg' });
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const before = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: '2019/beach.jpg' } });
    expect(before.ingestStatus).toBe('ready');

    await mkdir(path.join(root, 'holidays'));
    await rename(path.join(root, '2019/beach.jpg'), path.join(root, 'holidays/sea side.jpg'));
    const counts = await scanLibrary(libraryId);
    expect(counts).toMatchObject({ added: 1, offline: 1, queued: 1 });
    await runQueuedJobs();

    const assets = await prisma().asset.findMany({ where: { libraryId }, orderBy: { relPath: 'asc' } });
    expect(assets.map((a) => [a.relPath, a.status])).toEqual([
      ['2019/other.jpg', 'online'],
      ['holidays/sea side.jpg', 'online'],
    ]);
    expect(assets[1].id).toBe(before.id);
    expect(assets[1].ingestStatus).toBe('ready');
  });

  it('skips excluded paths and hidden files, and records each scan with its counters', async () => {
    const { libraryId } = await newLibrary(
      {
        'a.jpg': 'photos/exif-samples/jpg/Canon_40D.jpg',
        '@eaDir/a.jpg/SYNOPHOTO_THUMB.jpg': 'photos/exif-samples/jpg/Nikon_D70.jpg',
        'b.jpg.tmp': 'photos/exif-samples/jpg/Nikon_D70.jpg',
        '.hidden/c.jpg': 'photos/exif-samples/jpg/Nikon_D70.jpg',
        '.d.jpg': 'photos/exif-samples/jpg/Nikon_D70.jpg',
      },
      { excludeGlobs: ['**/@eaDir/**', '*.tmp'] },
    );
    await scanLibrary(libraryId, { trigger: 'manual' });
    const assets = await prisma().asset.findMany({ where: { libraryId } });
    expect(assets.map((a) => a.relPath)).toEqual(['a.jpg']);
    const [scan] = await prisma().libraryScan.findMany({ where: { libraryId } });
    expect(scan).toMatchObject({ status: 'done', trigger: 'manual', seen: 1, added: 1, queued: 1 });
    expect(scan.finishedAt).not.toBeNull();
  });

  it('records a video with its duration, dimensions, codecs, a poster thumbnail and its preview media', async () => {
    const { libraryId } = await newLibrary({ 'clips/echo.webm': 'videos/echo-hereweare.webm' });
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const video = await prisma().asset.findFirstOrThrow({ where: { libraryId }, include: { videoMeta: true, derived: true } });
    expect(video).toMatchObject({ type: 'video', ingestStatus: 'ready', width: 480, height: 270, mime: 'video/webm' });
    expect(video.durationMs).toBeGreaterThan(44_000);
    expect(video.durationMs).toBeLessThan(47_000);
    expect(video.videoMeta).toMatchObject({ videoCodec: 'vp8', audioCodec: 'vorbis', browserPlayable: true });
    // thumb and preview from ingest; sprite, vtt and teasers from the video:media job it queued
    expect(video.derived.map((d) => d.kind).sort()).toEqual(['preview', 'sprite', 'teaser_lg', 'teaser_sm', 'thumb', 'vtt']);
  });

  it('fails a broken video with the tool’s reason and leaves a report', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-badvideo-'));
    await writeFile(path.join(root, 'broken.mp4'), Buffer.from('this is not a video at all, just text pretending'));
    const owner = await createUser();
    const { id: libraryId } = await createLibraryRow(owner.id, root);
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId } });
    expect(asset.ingestStatus).toBe('failed');
    expect(asset.ingestError).toMatch(/Not a readable video/);
    const report = await prisma().jobFailure.findFirstOrThrow({ where: { task: 'asset:ingest' } });
    expect(report.payload).toEqual({ assetId: asset.id });
    expect(report.stderrTail).toMatch(/Invalid data|moov atom|could not find/i);
  });
});
