// A photo's motion part as an MP4 every browser plays: kept as it is when it already is one (a
// Pixel's H.264 clip), its streams copied into a fresh MP4 when only the container is wrong (a
// Live Photo's H.264 .MOV, whose Apple metadata tracks are left behind), or re-encoded to H.264
// when the codec is (Samsung and recent iPhones write HEVC, which Chromium does not decode).
// The clips are a few seconds long: a re-encode at full size costs a second or two.
import { decidePlayback } from './playback-mode';
import type { VideoProbe } from './probe-video';
import { libraryInput, newFfmpegCommand, runFfmpeg } from './run-ffmpeg';
import { type ByteRange, toolInputOf } from './run-tool';

export type MotionRecipe = 'keep' | 'remux' | 'transcode';

/** `embedded`: the clip's bytes are an MP4 inside the photo, and can be copied out as they are. */
export function motionRecipe(probe: VideoProbe, embedded: boolean): MotionRecipe {
  const facts = { container: probe.container, videoCodec: probe.videoCodec, pixelFormat: probe.pixelFormat, audioCodec: probe.audioCodec, fileName: 'motion.mp4' };
  const { mode } = decidePlayback(facts, { hevc: false });
  if (mode === 'direct') return embedded ? 'keep' : 'remux';
  return mode;
}

const FIRST_STREAMS = ['-map', '0:v:0', '-map', '0:a:0?', '-sn', '-dn', '-map_chapters', '-1'];
// Never larger than 1920 on the long side; even sides for 4:2:0.
const FIT_1920 = "scale='trunc(min(1,1920/max(iw,ih))*iw/2)*2':'trunc(min(1,1920/max(iw,ih))*ih/2)*2'";
const MP4 = ['-movflags', '+faststart', '-f', 'mp4'];
const TIMEOUT_S = 120;

export interface MotionInput {
  /** The opened file holding the clip (the photo, or the Live Photo's video). */
  fd: number;
  /** Where the clip lies in it, for a motion photo; the whole file otherwise. */
  range?: ByteRange;
  audioCodec: string | null;
}

/** Writes the remuxed or re-encoded MP4 to `outPath` (a temp name ending in .mp4). */
export async function writeMotionMp4(input: MotionInput, recipe: Exclude<MotionRecipe, 'keep'>, outPath: string): Promise<void> {
  const audio = input.audioCodec === null || input.audioCodec === 'aac' ? ['-c:a', 'copy'] : ['-c:a', 'aac', '-b:a', '128k', '-ac', '2'];
  const video =
    recipe === 'remux'
      ? ['-c:v', 'copy']
      : ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high', '-vf', `${FIT_1920},format=yuv420p`];
  const command = newFfmpegCommand(TIMEOUT_S)
    .input(toolInputOf(input.range, libraryInput(input.fd)))
    .output(outPath)
    .outputOptions([...FIRST_STREAMS, ...video, ...audio, ...MP4]);
  await runFfmpeg(command);
}
