// Chapters of a video: imported from the file's container (source 'file', no author) or added
// by a user (source 'user'). Chapters describe the video, so everyone who can see it sees all of
// them; a user removes only those they added.
import { z } from 'zod';
import { MAX_CHAPTER_TITLE } from '@/lib/videos/probe-chapters';

/** Chapters one user may add to one video: enough for any real use, a bound on a runaway script. */
export const MAX_USER_CHAPTERS_PER_VIDEO = 500;

export const chapterInputSchema = z
  .object({
    seconds: z.number().min(0),
    title: z.string().trim().min(1, 'Give the chapter a title.').max(MAX_CHAPTER_TITLE),
  })
  .strict();
export type ChapterInput = z.infer<typeof chapterInputSchema>;

export interface ChapterView {
  id: string;
  seconds: number;
  title: string;
  source: 'file' | 'user';
  /** Who added it; null for a chapter of the file. */
  author: { id: string; name: string } | null;
  /** The reader added it (and may remove it). */
  mine: boolean;
  createdAt: string;
}

export interface ChapterList {
  chapters: ChapterView[];
}

// Response schemas (the OpenAPI document, lib/api-docs/videos.api.ts, checks them against the DTOs).

export const chapterViewSchema = z
  .object({
    id: z.uuid(),
    seconds: z.number(),
    title: z.string(),
    source: z.enum(['file', 'user']),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    mine: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Chapter' });

export const chapterListSchema = z.object({ chapters: z.array(chapterViewSchema) });
