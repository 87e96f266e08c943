// Chapters a container carries (Matroska editions, MP4 chapter tracks and Nero chapters,
// OGG/FLAC CHAPTERxx comments…), as ffprobe's `-show_chapters` lists them. No database: the
// chapters room stores them (lib/chapters/import-file-chapters.ts). probeVideo asks for them in
// its one ffprobe run at ingest; probeChapters is for videos ingested before chapters existed.
import { z } from 'zod';
import { runTool, TOOL_INPUT } from './run-tool';

/** A chapter as the file states it: where it starts and its title (a numbered one when the file has none). */
export interface FileChapter {
  seconds: number;
  title: string;
}

/** More than this is not a chapter list but a broken or hostile file: the first ones are kept. */
export const MAX_FILE_CHAPTERS = 500;
/** A chapter title is at most this long (the same bound as a user's). */
export const MAX_CHAPTER_TITLE = 200;

export const ffprobeChaptersSchema = z
  .array(
    z
      .object({
        start_time: z.string().optional(),
        tags: z.record(z.string(), z.string()).optional(),
      })
      .passthrough(),
  )
  .default([]);

/** ffprobe's chapter list → start times in seconds (never negative) with titles, in time order. */
export function parseFfprobeChapters(chapters: z.infer<typeof ffprobeChaptersSchema>): FileChapter[] {
  return chapters
    .slice(0, MAX_FILE_CHAPTERS)
    .map((c, i) => ({ start: Number(c.start_time), title: (c.tags?.title ?? c.tags?.TITLE ?? '').trim(), n: i + 1 }))
    .filter((c) => Number.isFinite(c.start))
    .map((c) => ({ seconds: Math.max(0, c.start), title: (c.title || `Chapter ${c.n}`).slice(0, MAX_CHAPTER_TITLE) }))
    .sort((a, b) => a.seconds - b.seconds);
}

/** `fd`: the video, opened by openLibraryFile. */
export async function probeChapters(fd: number): Promise<FileChapter[]> {
  const out = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_chapters', TOOL_INPUT], 60_000, fd);
  const parsed = z.object({ chapters: ffprobeChaptersSchema }).parse(JSON.parse(out.toString('utf8')));
  return parseFfprobeChapters(parsed.chapters);
}
