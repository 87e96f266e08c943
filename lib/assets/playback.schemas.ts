// Inputs (zod) and answers of video playback: the stream's query and the subtitle tracks.
import { z } from 'zod';

export const streamQuerySchema = z.object({
  /** Seconds into the video where a remux or transcode starts (the player's seek). */
  start: z.coerce.number().min(0).max(7 * 24 * 3600).default(0),
  /** The player found its browser decodes HEVC (MediaSource.isTypeSupported('video/mp4; codecs="hvc1…"')). */
  hevc: z.enum(['0', '1']).default('0'),
});
export type StreamQuery = z.infer<typeof streamQuerySchema>;

export const subtitleTrackParamsSchema = z.object({
  id: z.uuid(),
  /** `embedded-N`: the file's N-th subtitle stream; `sidecar-N`: the N-th .srt/.vtt beside it. */
  track: z.string().regex(/^(embedded|sidecar)-\d{1,3}$/),
});

export interface SubtitleTrack {
  id: string;
  source: 'embedded' | 'sidecar';
  /** BCP 47-ish language from the stream's tag or the file name (`clip.en.srt`), when known. */
  language: string | null;
  label: string;
  /** The route that answers this track as WebVTT. */
  url: string;
}
