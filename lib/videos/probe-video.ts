// Video metadata from ffprobe: duration, display dimensions (after rotation), codecs, frame
// rate, bitrate, creation time, and whether browsers can play the file as it is; for playback
// also the pixel format (bit depth, chroma) and the subtitle streams inside the file; for ingest
// the container's chapters (the same ffprobe run: one process per file).
import { z } from 'zod';
import { type FileChapter, ffprobeChaptersSchema, parseFfprobeChapters } from './probe-chapters';
import { runTool, TOOL_INPUT } from './run-tool';

const streamSchema = z.object({
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  avg_frame_rate: z.string().optional(),
  pix_fmt: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  side_data_list: z.array(z.object({ rotation: z.number().optional() }).passthrough()).optional(),
});
const probeSchema = z.object({
  streams: z.array(streamSchema.passthrough()).default([]),
  format: z
    .object({
      format_name: z.string().optional(),
      duration: z.string().optional(),
      bit_rate: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
    })
    .passthrough()
    .default({}),
  chapters: ffprobeChaptersSchema,
});

/** A subtitle stream inside the file; `ordinal` counts subtitle streams only (ffmpeg's `0:s:N`). */
export interface SubtitleStream {
  ordinal: number;
  codec: string;
  language: string | null;
  title: string | null;
}

export interface VideoProbe {
  durationMs: number | null;
  width: number;
  height: number;
  rotation: number;
  container: string | null;
  videoCodec: string | null;
  audioCodec: string | null;
  /** ffmpeg's name, e.g. yuv420p or yuv420p10le: tells bit depth and chroma subsampling. */
  pixelFormat: string | null;
  subtitleStreams: SubtitleStream[];
  fps: number | null;
  bitrate: number | null;
  createdAt: Date | null;
  browserPlayable: boolean;
  /** The container's chapters, in time order. */
  chapters: FileChapter[];
}

const PLAYABLE_VIDEO = new Set(['h264', 'vp8', 'vp9', 'av1']);
const PLAYABLE_AUDIO = new Set(['aac', 'mp3', 'opus', 'vorbis', 'flac']);
const PLAYABLE_CONTAINER = /(mp4|mov|webm|matroska)/;

function frameRate(rate: string | undefined): number | null {
  const [n, d] = (rate ?? '').split('/').map(Number);
  return n && d ? Math.round((n / d) * 1000) / 1000 : null;
}

/** `fd`: the video, opened by openLibraryFile. */
export async function probeVideo(fd: number): Promise<VideoProbe> {
  const out = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', TOOL_INPUT], 60_000, fd);
  const probe = probeSchema.parse(JSON.parse(out.toString('utf8')));
  const video = probe.streams.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) throw new Error('The file has no video stream ffprobe can read.');
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  const rotation = Math.abs(Number(video.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? video.tags?.rotate ?? 0)) % 360;
  const sideways = rotation === 90 || rotation === 270;
  const seconds = Number(probe.format.duration);
  const created = probe.format.tags?.creation_time ?? video.tags?.creation_time;
  const createdAt = created && !Number.isNaN(Date.parse(created)) && !created.startsWith('1970') ? new Date(created) : null;
  const container = probe.format.format_name ?? null;
  return {
    durationMs: Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null,
    width: sideways ? video.height : video.width,
    height: sideways ? video.width : video.height,
    rotation,
    container,
    videoCodec: video.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    pixelFormat: video.pix_fmt ?? null,
    subtitleStreams: probe.streams
      .filter((s) => s.codec_type === 'subtitle')
      .map((s, ordinal) => ({ ordinal, codec: s.codec_name ?? 'unknown', language: s.tags?.language ?? null, title: s.tags?.title ?? null })),
    fps: frameRate(video.avg_frame_rate),
    bitrate: probe.format.bit_rate ? Number(probe.format.bit_rate) : null,
    createdAt,
    browserPlayable:
      PLAYABLE_CONTAINER.test(container ?? '') &&
      PLAYABLE_VIDEO.has(video.codec_name ?? '') &&
      (!audio || PLAYABLE_AUDIO.has(audio.codec_name ?? '')),
    chapters: parseFfprobeChapters(probe.chapters),
  };
}
