// The playback decision from ffprobe's facts, one case per kind of file people keep.
import { describe, expect, it } from 'vitest';
import { decidePlayback, describePixelFormat, type PlaybackFacts } from './playback-mode';

const MP4 = 'mov,mp4,m4a,3gp,3g2,mj2';
const MKV = 'matroska,webm';
const none = { hevc: false };

function facts(container: string, fileName: string, videoCodec: string, audioCodec: string | null, pixelFormat = 'yuv420p'): PlaybackFacts {
  return { container, fileName, videoCodec, audioCodec, pixelFormat };
}

describe('decidePlayback', () => {
  it('plays H.264 8-bit with AAC in MP4 (and QuickTime) directly', () => {
    expect(decidePlayback(facts(MP4, 'a.mp4', 'h264', 'aac'), none).mode).toBe('direct');
    expect(decidePlayback(facts(MP4, 'IMG_1.MOV', 'h264', 'aac', 'yuvj420p'), none).mode).toBe('direct');
    expect(decidePlayback(facts(MP4, 'silent.mp4', 'h264', null), none).mode).toBe('direct');
  });

  it('plays VP8/VP9/AV1 with Opus/Vorbis in a .webm directly, VP9 10-bit included', () => {
    expect(decidePlayback(facts(MKV, 'echo.webm', 'vp8', 'vorbis'), none).mode).toBe('direct');
    expect(decidePlayback(facts(MKV, 'road.webm', 'vp9', null, 'yuv420p10le'), none).mode).toBe('direct');
    expect(decidePlayback(facts(MKV, 'x.webm', 'av1', 'opus'), none).mode).toBe('direct');
  });

  it('remuxes playable codecs in containers browsers do not promise to read', () => {
    expect(decidePlayback(facts(MKV, 'film.mkv', 'h264', 'aac'), none)).toMatchObject({ mode: 'remux', copyAudio: true });
    expect(decidePlayback(facts('flv', 'clip.flv', 'h264', 'aac'), none)).toMatchObject({ mode: 'remux', copyAudio: true });
    expect(decidePlayback(facts('avi', 'clip.avi', 'h264', 'mp3'), none)).toMatchObject({ mode: 'remux', copyAudio: true });
    expect(decidePlayback(facts(MKV, 'vp9.mkv', 'vp9', 'opus'), none)).toMatchObject({ mode: 'remux', copyAudio: true });
  });

  it('remuxes with the audio re-encoded when only the audio is unplayable (AC-3, PCM)', () => {
    expect(decidePlayback(facts(MKV, 'film.mkv', 'h264', 'ac3'), none)).toMatchObject({ mode: 'remux', copyAudio: false });
    expect(decidePlayback(facts(MP4, 'cam.mov', 'h264', 'pcm_s16le'), none)).toMatchObject({ mode: 'remux', copyAudio: false });
  });

  it('transcodes what browsers cannot decode', () => {
    expect(decidePlayback(facts('avi', 'old.avi', 'mpeg4', 'mp3'), none).mode).toBe('transcode');
    expect(decidePlayback(facts(MP4, 'phone.3gp', 'h263', null), none).mode).toBe('transcode');
    expect(decidePlayback(facts('asf', 'tv.wmv', 'wmv2', 'wmav2'), none).mode).toBe('transcode');
    expect(decidePlayback(facts(MP4, 'hi10.mp4', 'h264', 'aac', 'yuv420p10le'), none).mode).toBe('transcode');
    expect(decidePlayback(facts(MKV, 'chapters.mkv', 'h264', 'aac', 'yuv444p'), none).mode).toBe('transcode');
    expect(decidePlayback(facts(MKV, 'vp8.mkv', 'vp8', 'vorbis'), none).mode).toBe('transcode');
    expect(decidePlayback(facts('ogg', 'old.ogv', 'theora', 'vorbis'), none).mode).toBe('transcode');
  });

  it('transcodes HEVC unless the browser says it decodes it; then plays or remuxes it', () => {
    expect(decidePlayback(facts(MP4, 'iphone.mov', 'hevc', 'aac', 'yuv420p10le'), none).mode).toBe('transcode');
    expect(decidePlayback(facts(MP4, 'iphone.mov', 'hevc', 'aac', 'yuv420p10le'), { hevc: true }).mode).toBe('direct');
    expect(decidePlayback(facts(MKV, 'rip.mkv', 'hevc', 'aac'), { hevc: true }).mode).toBe('remux');
  });
});

describe('describePixelFormat', () => {
  it('reads bit depth and 4:2:0 from ffmpeg pixel format names', () => {
    expect(describePixelFormat('yuv420p')).toEqual({ bitDepth: 8, chroma420: true });
    expect(describePixelFormat('yuvj420p')).toEqual({ bitDepth: 8, chroma420: true });
    expect(describePixelFormat('yuv420p10le')).toEqual({ bitDepth: 10, chroma420: true });
    expect(describePixelFormat('yuv422p10le')).toEqual({ bitDepth: 10, chroma420: false });
    expect(describePixelFormat('yuv444p')).toEqual({ bitDepth: 8, chroma420: false });
  });
});
