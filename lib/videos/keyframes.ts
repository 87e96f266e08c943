// Keyframe times of a video's first video stream, read from the packets' flags: the demuxer
// only walks the index and packet headers and no pixel is decoded (about 0.1 s for a 6-minute
// 1080p file; `-skip_frame nokey -show_frames` decodes every keyframe and measured ~1.6× slower).
// They tell the seek sprite whether one keyframe-only pass can serve every tile.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 120_000;

/**
 * Keyframe times on the player's clock: seconds from the file's start time (ffprobe's format
 * start_time), which is where a browser, our remux and transcode streams, ffmpeg's `-ss` and
 * its filters' `t` all count from. Camcorder MPEG-TS files start at 1.4 s or hours in; MP4
 * and WebM at 0. `originS` is that start on the container's clock, for the few places that
 * speak it (the concat demuxer's in and out points).
 */
export interface KeyframeIndex {
  times: number[];
  originS: number;
}

/** `fd`: the video, opened by openLibraryFile. Sorted, de-duplicated, from 0. */
export async function readKeyframeIndex(fd: number): Promise<KeyframeIndex> {
  const out = await runTool(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time,dts_time,flags:format=start_time', '-of', 'csv=p=0', TOOL_INPUT],
    TIMEOUT_MS,
    fd,
  );
  return keyframeIndexFromCsv(out.toString('utf8'));
}

/** Lines `pts_time,dts_time,flags`, then the format's `start_time` alone on its line; a
 * packet without a pts (some AVI/MKV) counts at its dts. */
export function keyframeIndexFromCsv(csv: string): KeyframeIndex {
  const container = new Set<number>();
  let origin = 0;
  for (const line of csv.split('\n')) {
    const fields = line.trim().split(',');
    if (fields.length === 1 && fields[0] !== '') {
      const start = Number(fields[0]);
      if (Number.isFinite(start)) origin = start;
      continue;
    }
    const [pts, dts, flags] = fields;
    if (!flags?.startsWith('K')) continue;
    const t = Number(pts !== 'N/A' ? pts : dts);
    if (Number.isFinite(t)) container.add(t);
  }
  // Rounded to the microsecond ffprobe prints, so 11.4 − 11.376778 is 0.023222, not 0.0232219999.
  const times = [...container].map((t) => Math.max(0, Math.round((t - origin) * 1e6) / 1e6));
  return { times: [...new Set(times)].sort((a, b) => a - b), originS: origin };
}

/** The longest stretch without a keyframe, counting from the start and up to the end. */
export function largestKeyframeGap(keyframes: number[], durationS: number): number {
  if (keyframes.length === 0) return durationS;
  let gap = keyframes[0];
  for (let i = 1; i < keyframes.length; i++) gap = Math.max(gap, keyframes[i] - keyframes[i - 1]);
  return Math.max(gap, durationS - keyframes[keyframes.length - 1]);
}
