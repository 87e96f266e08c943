// Videos: the catalogue and its views, a video's per-user interactions (likes, plays, markers,
// comments, chapters), its poster and stills, and clips exported from it.
import { frameQuerySchema, posterInputSchema } from '@/lib/assets/assets.schemas';
import {
  historyPageSchema, historyQuerySchema, randomVideoQuerySchema, randomVideoSchema, spotlightSchema, videoDashboardSchema, videoFilterSchema, videoListQuerySchema, videoPageSchema, videoStatsSchema,
  type HistoryPage, type RandomVideo, type Spotlight, type VideoDashboard, type VideoPage, type VideoStats,
} from '@/lib/catalogue/catalogue.schemas';
import { chapterInputSchema, chapterListSchema, chapterViewSchema, type ChapterList, type ChapterView } from '@/lib/chapters/chapters.schemas';
import { clipInputSchema, clipListSchema, clipViewSchema, type ClipList, type ClipView } from '@/lib/clips/clips.schemas';
import {
  commentInputSchema, commentViewSchema, finishPointInputSchema, finishPointViewSchema, markerInputSchema, markerViewSchema, playReportResultSchema, playReportSchema, updateInteractionSchema, videoInteractionsSchema,
  type CommentView, type FinishPointView, type MarkerView, type PlayReportResult, type VideoInteractions,
} from '@/lib/interactions/interactions.schemas';
import { videoCopiesSchema } from '@/lib/duplicates/duplicates.schemas';
import type { listCopies } from '@/lib/duplicates/list-copies';
import { bulkOrganiseSchema, videoOrganisePatchSchema, videoOrganiseSchema, type VideoOrganise } from '@/lib/organise/organise.schemas';
import { similarPageSchema, similarVideoPageSchema, videoTokensSchema, wordCloudQuerySchema, wordCloudSchema, type SimilarVideoPage, type VideoTokens, type WordCloud } from '@/lib/similar/similar.schemas';
import { z } from 'zod';
import { okResponseSchema } from './api-docs.schemas';
import { rangedFile } from './assets.api';
import type { Documents } from './documents';
import { type ApiRoutes, json, media, noContent } from './operation';

const pageDocumented: Documents<typeof videoPageSchema, VideoPage> = true;
const historyDocumented: Documents<typeof historyPageSchema, HistoryPage> = true;
const clipDocumented: Documents<typeof clipViewSchema, ClipView> = true;
const clipsDocumented: Documents<typeof clipListSchema, ClipList> = true;
const statsDocumented: Documents<typeof videoStatsSchema, VideoStats> = true;
const dashboardDocumented: Documents<typeof videoDashboardSchema, VideoDashboard> = true;
const spotlightDocumented: Documents<typeof spotlightSchema, Spotlight> = true;
const randomDocumented: Documents<typeof randomVideoSchema, RandomVideo> = true;
const interactionsDocumented: Documents<typeof videoInteractionsSchema, VideoInteractions> = true;
const markerDocumented: Documents<typeof markerViewSchema, MarkerView> = true;
const finishPointDocumented: Documents<typeof finishPointViewSchema, FinishPointView> = true;
const commentDocumented: Documents<typeof commentViewSchema, CommentView> = true;
const playDocumented: Documents<typeof playReportResultSchema, PlayReportResult> = true;
const chapterDocumented: Documents<typeof chapterViewSchema, ChapterView> = true;
const chaptersDocumented: Documents<typeof chapterListSchema, ChapterList> = true;
const copiesDocumented: Documents<typeof videoCopiesSchema, Awaited<ReturnType<typeof listCopies>>> = true;
const similarDocumented: Documents<typeof similarVideoPageSchema, SimilarVideoPage> = true;
const tokensDocumented: Documents<typeof videoTokensSchema, VideoTokens> = true;
const wordCloudDocumented: Documents<typeof wordCloudSchema, WordCloud> = true;
const organiseDocumented: Documents<typeof videoOrganiseSchema, VideoOrganise> = true;
void [organiseDocumented, similarDocumented, tokensDocumented, wordCloudDocumented];
void [copiesDocumented, interactionsDocumented, markerDocumented, finishPointDocumented, commentDocumented, playDocumented, chapterDocumented, chaptersDocumented];
void [pageDocumented, historyDocumented, clipDocumented, clipsDocumented, statsDocumented, dashboardDocumented, spotlightDocumented, randomDocumented];

const limitReached = { 409: 'This user’s cap for this video is full (limit_reached).' };

export const videoRoutes: ApiRoutes = {
  videos: { GET: { summary: 'A page of the videos the user can see, as cards, with the total', access: 'user', query: videoListQuerySchema, answers: { 200: json('The page.', videoPageSchema) } } },
  'videos/stats': { GET: { summary: 'Totals and videos per month added and released, over the filtered videos', access: 'user', query: videoFilterSchema, answers: { 200: json('The figures.', videoStatsSchema) } } },
  'videos/dashboard': { GET: { summary: 'Counts, most watched, most liked, recently added, and watch time per week', access: 'user', answers: { 200: json('The dashboard.', videoDashboardSchema) } } },
  'videos/spotlight': { GET: { summary: 'A video this user loved and has not watched lately', access: 'user', answers: { 200: json('The video and why (both null when there is none).', spotlightSchema) } } },
  'videos/random': { GET: { summary: 'A random video: the same one for the same seed while the collection is unchanged', access: 'user', query: randomVideoQuerySchema, answers: { 200: json('The video (null when none matches) and the seed.', randomVideoSchema) } } },
  'videos/history': { GET: { summary: 'What the user did with videos, newest first; nextCursor continues', access: 'user', query: historyQuerySchema, answers: { 200: json('A page of history.', historyPageSchema) } } },
  'videos/organise': {
    POST: { summary: 'The same tag, performer, studio or organised change on many videos (all or nothing)', access: 'user', body: bulkOrganiseSchema, answers: { 200: json('How many changed.', z.object({ updated: z.number().int() })) } },
  },
  'videos/word-cloud': { GET: { summary: 'The 100 most characteristic tokens of the user’s videos, or of a performer, studio or tag', access: 'user', query: wordCloudQuerySchema, answers: { 200: json('The tokens with weights.', wordCloudSchema) } } },
  'videos/[id]/similar': { GET: { summary: 'Videos like this one (TF-IDF cosine), each with its score and top tokens', access: 'user', query: similarPageSchema, answers: { 200: json('A page of similar videos.', similarVideoPageSchema) } } },
  'videos/[id]/tokens': { GET: { summary: 'The video’s TF-IDF tokens as this user’s IDF weighs them', access: 'user', answers: { 200: json('The tokens.', videoTokensSchema) } } },
  'assets/[id]/interactions': {
    GET: { summary: 'This user’s like, rating, favourite, resume point, plays, markers and finish points, the like count, and everyone’s comments', access: 'user', answers: { 200: json('The interactions.', videoInteractionsSchema) } },
    PATCH: { summary: 'Like, rate (0.5–5 in halves, or null) or favourite', access: 'user', body: updateInteractionSchema, answers: { 200: json('The interactions as changed.', videoInteractionsSchema) } },
  },
  'assets/[id]/plays/[playId]': {
    POST: { summary: 'The player’s report for one playback session (retrying changes nothing)', access: 'user', body: playReportSchema, answers: { 200: json('The user’s counters now.', playReportResultSchema) } },
  },
  'assets/[id]/markers': { POST: { summary: 'A dated marker of mine at a time (optionally a range with a title)', access: 'user', body: markerInputSchema, answers: { 201: json('The marker.', markerViewSchema) }, errors: limitReached } },
  'assets/[id]/markers/[markerId]': { DELETE: { summary: 'Remove one of my markers', access: 'user', answers: { 200: json('Removed.', okResponseSchema) } } },
  'assets/[id]/finish-points': { POST: { summary: '"Finished here" at a time, dated', access: 'user', body: finishPointInputSchema, answers: { 201: json('The finish point.', finishPointViewSchema) }, errors: limitReached } },
  'assets/[id]/comments': { POST: { summary: 'A plain-text comment everyone who can see the video reads', access: 'user', body: commentInputSchema, answers: { 201: json('The comment.', commentViewSchema) }, errors: limitReached } },
  'assets/[id]/comments/[commentId]': {
    PATCH: { summary: 'Edit my comment', access: 'user', body: commentInputSchema, answers: { 200: json('The comment as edited.', commentViewSchema) } },
    DELETE: { summary: 'Delete my comment', access: 'user', answers: { 200: json('Deleted.', okResponseSchema) } },
  },
  'assets/[id]/chapters': {
    GET: { summary: 'The video’s chapters (the file’s and every user’s), in time order', access: 'user', answers: { 200: json('The chapters.', chapterListSchema) } },
    POST: { summary: 'A chapter of mine at a time (at most 500 per video)', access: 'user', body: chapterInputSchema, answers: { 201: json('The chapter.', chapterViewSchema) }, errors: limitReached },
  },
  'assets/[id]/chapters/[chapterId]': { DELETE: { summary: 'Remove a chapter I added', access: 'user', answers: { 204: noContent('Removed.') } } },
  'assets/[id]/poster': {
    POST: { summary: 'That frame of the original becomes the video’s poster and thumbnail (the owner)', access: 'user', body: posterInputSchema, answers: { 200: json('The new image URLs.', z.object({ posterSeconds: z.number(), thumbnailUrl: z.string(), previewUrl: z.string() })) } },
  },
  'assets/[id]/frame': { GET: { summary: 'The original’s frame at t, full size, as a JPEG download', access: 'user', query: frameQuerySchema, answers: { 200: media('JPEG.', 'image/jpeg') } } },
  'assets/[id]/organise': {
    GET: { summary: 'The video’s performers, studio, tags, release date and organised flag', access: 'user', answers: { 200: json('The video’s organisation.', videoOrganiseSchema) } },
    PATCH: { summary: 'Add or remove performers and tags, set studio, release date, organised (the owner)', access: 'user', body: videoOrganisePatchSchema, answers: { 200: json('The organisation as changed.', videoOrganiseSchema) } },
  },
  'assets/[id]/copies': { GET: { summary: 'Every place the user can read this video’s file from (same checksum), and its perceptual hash', access: 'user', answers: { 200: json('The copies, and the video’s perceptual hash.', videoCopiesSchema) } } },
  'assets/[id]/clips': {
    GET: { summary: 'My clips of this video, newest first', access: 'user', answers: { 200: json('The clips.', clipListSchema) } },
    POST: {
      summary: 'Queue a clip: a time range as GIF, WebP or MP4',
      access: 'user',
      body: clipInputSchema,
      answers: { 202: json('Queued; poll GET /api/clips/{id}.', z.object({ clip: clipViewSchema })) },
      errors: { 409: 'Too many clips being made or kept (limit_reached).' },
    },
  },
  clips: { GET: { summary: 'All my clips, newest first', access: 'user', answers: { 200: json('The clips.', clipListSchema) } } },
  'clips/[id]': {
    GET: { summary: 'One of my clips: status, progress, file URL once done', access: 'user', answers: { 200: json('The clip.', clipViewSchema) } },
    DELETE: { summary: 'Remove one of my clips and its file', access: 'user', answers: { 204: noContent('Removed.') } },
  },
  'clips/[id]/file': { GET: { summary: 'Download one of my finished clips', access: 'user', answers: rangedFile('The clip.', 'image/gif', 'image/webp', 'video/mp4') } },
};
