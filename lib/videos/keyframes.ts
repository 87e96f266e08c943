// Keyframe times of a video's first video stream, read from the packets' flags: the demuxer
// only walks the index and packet headers and no pixel is decoded (about 0.1 s for a 6-minute
// 1080p file; `-skip_frame nokey -show_frames` decodes every keyframe and measured ~1.6× slower).
// They tell the seek sprite whether one keyframe-only pass can serve every tile.
import { runTool, TOOL_INPUT } from './run-tool';

const TIMEOUT_MS = 120_000;

/** `fd`: the video, opened by openLibraryFile. Sorted, de-duplicated times in seconds (container timestamps). */
export async function readKeyframeTimes(fd: number): Promise<number[]> {
  const out = await runTool(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time,dts_time,flags', '-of', 'csv=p=0', TOOL_INPUT],
    TIMEOUT_MS,
    fd,
  );
  return keyframeTimesFromCsv(out.toString('utf8'));
}

/** Lines `pts_time,dts_time,flags`; a packet without a pts (some AVI/MKV) counts at its dts. */
export function keyframeTimesFromCsv(csv: string): number[] {
  const times = new Set<number>();
  for (const line of csv.split('\n')) {
    const [pts, dts, flags] = line.trim().split(',');
    if (!flags?.startsWith('K')) continue;
    const t = Number(pts !== 'N/A' ? pts : dts);
    if (Number.isFinite(t)) times.add(t);
  }
  return [...times].sort((a, b) => a - b);
}

/** The longest stretch without a keyframe, counting from the start and up to the end. */
export function largestKeyframeGap(keyframes: number[], durationS: number): number {
  if (keyframes.length === 0) return durationS;
  let gap = keyframes[0];
  for (let i = 1; i < keyframes.length; i++) gap = Math.max(gap, keyframes[i] - keyframes[i - 1]);
  return Math.max(gap, durationS - keyframes[keyframes.length - 1]);
}
