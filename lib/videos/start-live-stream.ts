// A remux or transcode to fragmented MP4, streamed while ffmpeg writes it (fluent-ffmpeg builds
// and runs the command). The input is the descriptor openLibraryFile checked, named
// `/proc/<our pid>/fd/<fd>`: a magic link to the very file this process opened, so ffmpeg never
// resolves a library path again (fluent spawns ffmpeg itself and cannot hand it an extra fd the
// way run-tool.ts does). ffmpeg is killed (SIGKILL) as soon as the client goes away: the request
// aborts, or the response stream is cancelled or closed; `onExit` runs once ffmpeg has exited.
import type { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { log } from '@/lib/server/log';
import { webStreamOf } from '@/lib/server/web-stream-of';
import type { LiveKind } from './live-streams';

export interface LiveStreamInput {
  fd: number;
  kind: LiveKind;
  /** Seconds into the video where the stream starts (input seek: ffmpeg skips the rest unread). */
  startSeconds: number;
  videoCodec: string | null;
  /** Remux only: the audio goes into MP4 as it is; otherwise it is encoded to AAC. */
  copyAudio: boolean;
}

export interface LiveStream {
  body: ReadableStream<Uint8Array>;
  stop: () => void;
}

// Fragments start at keyframes and need no seekable output: a browser plays the first fragment
// while ffmpeg writes the next.
const FRAGMENTED_MP4 = ['-movflags', 'frag_keyframe+empty_moov+default_base_moof', '-f', 'mp4'];
const FIRST_STREAMS = ['-map', '0:v:0', '-map', '0:a:0?', '-sn', '-dn'];
const AAC = ['-c:a', 'aac', '-b:a', '160k', '-ac', '2'];

// At most 1280×720 (or 720×1280 upright), never enlarged, even sides for 4:2:0.
const FIT_720P = "scale='trunc(min(1,min(1280/max(iw,ih),720/min(iw,ih)))*iw/2)*2':'trunc(min(1,min(1280/max(iw,ih),720/min(iw,ih)))*ih/2)*2'";

/** ffmpeg's output options for a live stream (exported for the tests' ffprobe of the result). */
export function liveOutputOptions(input: Pick<LiveStreamInput, 'kind' | 'videoCodec' | 'copyAudio'>): string[] {
  if (input.kind === 'remux') {
    return [
      ...FIRST_STREAMS,
      '-c:v', 'copy',
      ...(input.videoCodec === 'hevc' ? ['-tag:v', 'hvc1'] : []), // the tag browsers accept for HEVC in MP4
      ...(input.copyAudio ? ['-c:a', 'copy'] : AAC),
      '-avoid_negative_ts', 'make_zero',
      ...FRAGMENTED_MP4,
    ];
  }
  // veryfast + zerolatency (no B-frames, no lookahead) keeps 720p above real time on two cores
  // and gets the first fragment out quickly; a keyframe every 30 frames (≤ ~1.25 s) bounds the
  // wait for each fragment. 10-bit, 4:2:2/4:4:4 and HDR end up as 8-bit 4:2:0 (no tone mapping).
  return [
    ...FIRST_STREAMS,
    '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency', '-crf', '23', '-maxrate', '5M', '-bufsize', '10M',
    '-g', '30', '-fpsmax', '30',
    '-vf', `${FIT_720P},format=yuv420p`,
    ...AAC,
    ...FRAGMENTED_MP4,
  ];
}

/**
 * `request`: the client's request, whose signal aborts when the client goes away. The Request
 * itself is held until ffmpeg exits, not only its signal: undici's request signal follows the
 * caller's through the Request's own AbortController, and once the Request is garbage
 * collected the abort no longer arrives (seen under load: ffmpeg outlived an aborted request).
 */
export function startLiveStream(input: LiveStreamInput, request: Request, onExit: () => void): LiveStream {
  const command = ffmpeg({ source: `/proc/${process.pid}/fd/${input.fd}`, stdoutLines: 20 })
    .inputOptions(input.startSeconds > 0 ? ['-ss', input.startSeconds.toFixed(3)] : [])
    .outputOptions(['-v', 'error', ...liveOutputOptions(input)]);
  let stopped = false;
  let exited = false;
  const exit = () => {
    if (exited) return;
    exited = true;
    request.signal.removeEventListener('abort', stop);
    onExit();
  };
  // fluent spawns ffmpeg after its own checks: a stop before that kills it on 'start'.
  let spawned = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    if (spawned) command.kill('SIGKILL');
  }
  command.on('start', () => {
    spawned = true;
    if (stopped) command.kill('SIGKILL');
  });
  command.on('end', () => exit());
  command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
    // Killed because the client left or the viewer started another stream: expected, not an error.
    if (!stopped) log.warn({ err: error.message, stderr: stderr?.slice(-2000), kind: input.kind }, 'live video stream failed');
    exit();
  });
  const out = command.pipe() as PassThrough;
  out.on('close', stop);
  request.signal.addEventListener('abort', stop, { once: true });
  if (request.signal.aborted) stop();
  const body = webStreamOf(out, stop);
  return { body, stop };
}
