// Reads the chapters of every ready video again and stores them as its file chapters: for
// videos ingested before chapters existed (`npm run shoebox -- videos --chapters`). One ffprobe
// of the container's header per video (tens of milliseconds), through the safe opener; users'
// chapters are not touched, and a second run leaves the same rows. A file that is gone or
// cannot be probed is counted and skipped (a rescan deals with it).
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { probeChapters } from '@/lib/videos/probe-chapters';
import { listReadyVideoFiles } from './chapters.queries';
import { importFileChapters } from './import-file-chapters';

export interface ChapterImportSummary {
  videos: number;
  withChapters: number;
  chapters: number;
  skipped: number;
}

export async function importChaptersOfIngestedVideos(onProgress?: (done: number, total: number) => void): Promise<ChapterImportSummary> {
  const videos = await listReadyVideoFiles();
  const summary: ChapterImportSummary = { videos: videos.length, withChapters: 0, chapters: 0, skipped: 0 };
  for (const [i, video] of videos.entries()) {
    const file = await openLibraryFile(video.library.rootPath, video.relPath);
    if (file.kind !== 'ok') summary.skipped += 1;
    else {
      try {
        const chapters = await probeChapters(file.handle.fd);
        await importFileChapters(video.id, chapters);
        summary.withChapters += chapters.length > 0 ? 1 : 0;
        summary.chapters += chapters.length;
      } catch {
        summary.skipped += 1;
      } finally {
        await file.handle.close();
      }
    }
    onProgress?.(i + 1, videos.length);
  }
  return summary;
}
