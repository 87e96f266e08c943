// How a browser gets to play a video: the file as it is (direct, with Range), its streams copied
// into a fragmented MP4 (remux: the codecs play, the container does not), or re-encoded to
// H.264/AAC (transcode). Decided from ffprobe's facts; conservative where a wrong "direct" would
// leave the player black. Measured against Debian's Chromium 156 (canPlayType / MediaSource):
// H.264 High 4:2:0 8-bit, VP8, VP9 profiles 0 and 2 (10-bit), AV1 8/10-bit play; HEVC does not
// (so it is transcoded unless the player says its browser can, `?hevc=1`); MKV/AVI/FLV/TS are
// no container a browser promises to read.

export type PlaybackMode = 'direct' | 'remux' | 'transcode';

export interface PlaybackFacts {
  /** ffprobe's format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
  container: string | null;
  videoCodec: string | null;
  pixelFormat: string | null;
  audioCodec: string | null;
  /** The file's name: ffprobe names MKV and WebM alike ("matroska,webm"). */
  fileName: string;
}

/** What the player found its browser can decode beyond the safe set (MediaSource.isTypeSupported). */
export interface BrowserSupport {
  hevc: boolean;
}

export interface PlaybackDecision {
  mode: PlaybackMode;
  /** For remux: the audio can be copied into MP4 as it is (else it is re-encoded to AAC, which is cheap). */
  copyAudio: boolean;
  /** In plain words, for logs and the response header's neighbour. */
  reason: string;
}

const MP4_FAMILY = /mp4|mov/;
const MATROSKA = /matroska/;

// Audio a browser plays in each container, and audio the MP4 muxer takes as it is for a remux.
const MP4_AUDIO: ReadonlySet<string> = new Set(['aac', 'mp3', 'opus', 'flac']);
const WEBM_AUDIO: ReadonlySet<string> = new Set(['opus', 'vorbis']);
const REMUX_COPY_AUDIO: ReadonlySet<string> = new Set(['aac', 'mp3', 'opus']);

interface PixelFormat {
  bitDepth: number;
  chroma420: boolean;
}

/** yuv420p → 8-bit 4:2:0; yuv420p10le → 10-bit 4:2:0; yuv444p → 8-bit 4:4:4; unknown → 8-bit 4:2:0. */
export function describePixelFormat(pixelFormat: string | null): PixelFormat {
  const name = pixelFormat ?? 'yuv420p';
  const depth = /p(\d+)(le|be)$/.exec(name);
  return { bitDepth: depth ? Number(depth[1]) : 8, chroma420: /^(yuvj?a?420p|nv12|p010|p016)/.test(name) };
}

/** Can a browser decode this video stream, whatever the container (it must still be one it reads)? */
function playableVideo(codec: string | null, pixelFormat: string | null, support: BrowserSupport): boolean {
  const { bitDepth, chroma420 } = describePixelFormat(pixelFormat);
  switch (codec) {
    case 'h264': // High 10, 4:2:2 and 4:4:4 profiles are not in Chromium's promise
      return bitDepth === 8 && chroma420;
    case 'hevc':
      return support.hevc && chroma420 && bitDepth <= 10;
    case 'vp9': // profile 0 (8-bit) and 2 (10-bit); 4:4:4 profiles 1 and 3 are not
    case 'av1':
      return chroma420 && bitDepth <= 10;
    case 'vp8':
      return chroma420 && bitDepth === 8;
    default: // MPEG-4 Part 2, H.263, WMV, MPEG-2, Theora, ProRes…
      return false;
  }
}

const WEBM_VIDEO: ReadonlySet<string> = new Set(['vp8', 'vp9', 'av1']);
// What the MP4 muxer carries for a remux (VP8 has no MP4 mapping).
const MP4_VIDEO: ReadonlySet<string> = new Set(['h264', 'hevc', 'vp9', 'av1']);

export function decidePlayback(facts: PlaybackFacts, support: BrowserSupport): PlaybackDecision {
  const { container, videoCodec, pixelFormat, audioCodec } = facts;
  const audio = audioCodec ?? null;
  if (!playableVideo(videoCodec, pixelFormat, support)) {
    return { mode: 'transcode', copyAudio: false, reason: `the browser cannot decode ${videoCodec ?? 'this'} video (${pixelFormat ?? 'unknown pixels'})` };
  }
  const family = container ?? '';
  const isWebm = MATROSKA.test(family) && facts.fileName.toLowerCase().endsWith('.webm');
  if (MP4_FAMILY.test(family) && (audio === null || MP4_AUDIO.has(audio))) {
    return { mode: 'direct', copyAudio: true, reason: 'the browser plays this MP4/QuickTime file as it is' };
  }
  // A .mkv holding WebM codecs is remuxed all the same: not every browser reads the Matroska doctype.
  if (isWebm && WEBM_VIDEO.has(videoCodec ?? '') && (audio === null || WEBM_AUDIO.has(audio))) {
    return { mode: 'direct', copyAudio: true, reason: 'WebM codecs: the browser plays the file as it is' };
  }
  if (MP4_VIDEO.has(videoCodec ?? '')) {
    const copyAudio = audio === null || REMUX_COPY_AUDIO.has(audio);
    return { mode: 'remux', copyAudio, reason: `the video plays but not in ${family || 'this container'}${copyAudio ? '' : ` (audio ${audio} re-encoded to AAC)`}` };
  }
  return { mode: 'transcode', copyAudio: false, reason: `${videoCodec} cannot be carried in MP4` };
}
