// The seek sprite: one JPEG sheet of up to 100 upright frames 160 px wide, 10 to a row (a
// 16:9 video gives 1600×900), and the plan that says at which time each tile was taken.
// ffmpeg turns rotated phone clips upright itself while decoding (autorotate), before our
// filters run, so the tile size is computed from the upright display size.
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import sharp, { type OverlayOptions } from 'sharp';
import { runTool, TOOL_INPUT } from './run-tool';
import { libraryInput, newFfmpegCommand, runFfmpeg } from './run-ffmpeg';
import { planSprite, type SpritePlan, TIME_EPSILON_S } from './sprite-plan';

const ONE_PASS_TIMEOUT_S = 1800;
const SEEK_TIMEOUT_MS = 60_000;
const JPEG_QUALITY = 4; // ffmpeg's -q:v scale, 2 (best) to 31

export interface SeekSprite {
  plan: SpritePlan;
  width: number;
  height: number;
}

export interface SpriteSource {
  fd: number;
  durationS: number;
  width: number;
  height: number;
  /** Keyframe times from the file's start (readKeyframeIndex). */
  keyframes: number[];
  /** The file's start on the container's clock (readKeyframeIndex): concat in points speak it. */
  originS: number;
  /** ffprobe's format_name ("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"…). */
  container: string | null;
}

/** Writes the sheet to `outPath` (a JPEG) and returns the plan the VTT is made from. */
export async function makeSeekSprite(source: SpriteSource, outPath: string): Promise<SeekSprite> {
  const plan = planSprite(source.durationS, source.width, source.height, source.keyframes);
  if (plan.strategy === 'keyframes' && INDEX_SKIPS_NON_KEYFRAMES.test(source.container ?? '')) await spriteFromKeyframesInOnePass(source.fd, plan, outPath);
  else if (plan.strategy === 'keyframes') await spriteFromKeyframes(source.fd, plan, source.originS, outPath);
  else if (plan.strategy === 'whole') await spriteFromWholeClip(source.fd, plan, outPath);
  else await spriteBySeeking(source.fd, plan, outPath);
  // ffmpeg ends "successfully" with no output when no frame reached the tile filter.
  if (!(await stat(outPath).catch(() => null))?.size) throw new Error(`ffmpeg decoded no frame for the seek sprite (${plan.strategy}).`);
  return { plan, width: plan.columns * plan.tileWidth, height: plan.rows * plan.tileHeight };
}

// The MP4/QuickTime demuxer honours `-discard nokey` from its index: it never reads a
// non-key sample, so one pass touches only keyframes (60 min of 720p: 0.9 s).
const INDEX_SKIPS_NON_KEYFRAMES = /(^|,)(mov|mp4)(,|$)/;

/**
 * Keyframes of an MP4/MOV: one pass where the demuxer skips all but keyframes (`-discard
 * nokey`), the decoder too (`-skip_frame nokey`), and `select` keeps the first keyframe of each
 * step (`selected_n` counts the frames kept so far). Without `-copyts`, ffmpeg counts `t` from
 * the file's start time, the clock the keyframe times are on.
 */
async function spriteFromKeyframesInOnePass(fd: number, plan: SpritePlan, outPath: string): Promise<void> {
  const select = `select='gte(t\\,selected_n*${plan.stepS.toFixed(6)}-${TIME_EPSILON_S})',`;
  const command = newFfmpegCommand(ONE_PASS_TIMEOUT_S)
    .input(libraryInput(fd))
    .inputOptions(['-discard', 'nokey', '-skip_frame', 'nokey'])
    .outputOptions(spriteOutput(plan, select));
  await runFfmpeg(command.output(outPath));
}

/**
 * Keyframes of other containers (Matroska/WebM, AVI, FLV…), whose demuxers read every packet
 * even when told to discard non-keyframes: ONE ffmpeg reads the chosen keyframes through the concat demuxer — a list, given
 * on stdin, naming the checked descriptor once per tile with its keyframe as in point and an
 * out point short of the next keyframe (plan.readForS) — so the demuxer jumps from one
 * keyframe to the next through the index and `-skip_frame nokey` decodes exactly those
 * keyframes (a single pass would read every packet: 1.9 s against 1.2 s on 10 minutes of
 * 1080p in MKV). The first tile starts at the file's start, where some demuxers cannot seek.
 * In and out points are on the container's clock: the file's start (`originS`) is added back.
 */
async function spriteFromKeyframes(fd: number, plan: SpritePlan, originS: number, outPath: string): Promise<void> {
  const input = libraryInput(fd);
  const lines = ['ffconcat version 1.0'];
  for (const [i, t] of plan.times.entries()) {
    lines.push(`file 'file:${input}'`);
    if (i > 0) lines.push(`inpoint ${(originS + t).toFixed(6)}`);
    lines.push(`outpoint ${(originS + t + plan.readForS[i]).toFixed(6)}`);
  }
  const command = newFfmpegCommand(ONE_PASS_TIMEOUT_S)
    .input(Readable.from([`${lines.join('\n')}\n`]))
    .inputFormat('concat')
    .inputOptions(['-safe', '0', '-protocol_whitelist', 'pipe,file', '-skip_frame', 'nokey'])
    .outputOptions(spriteOutput(plan, ''));
  await runFfmpeg(command.output(outPath));
}

/** A short clip decoded whole: `select` keeps the first frame at or after each step's middle (`selected_n` counts the frames kept so far). */
async function spriteFromWholeClip(fd: number, plan: SpritePlan, outPath: string): Promise<void> {
  const select = `select='gte(t\\,(selected_n+0.5)*${plan.stepS.toFixed(6)}-${TIME_EPSILON_S})',`;
  const command = newFfmpegCommand(ONE_PASS_TIMEOUT_S).input(libraryInput(fd)).outputOptions(spriteOutput(plan, select));
  await runFfmpeg(command.output(outPath));
}

function spriteOutput(plan: SpritePlan, select: string): string[] {
  return [
    '-an', '-sn', '-dn',
    '-vf', `${select}scale=${plan.tileWidth}:${plan.tileHeight},setsar=1,tile=${plan.columns}x${plan.rows}`,
    '-fps_mode', 'passthrough',
    '-frames:v', '1',
    '-q:v', String(JPEG_QUALITY),
    '-f', 'image2',
    '-c:v', 'mjpeg',
  ];
}

/**
 * Keyframes too far apart for one pass: one input seek per tile, one after another (two cores
 * gain nothing from parallel decoders, and memory stays that of one). runTool rather than
 * fluent-ffmpeg here: each tile is a small pipe read, and runTool hands the checked descriptor
 * over as fd 3 directly. A tile whose seek finds no frame (past the last one) stays black.
 */
async function spriteBySeeking(fd: number, plan: SpritePlan, outPath: string): Promise<void> {
  const tiles: OverlayOptions[] = [];
  for (const [i, t] of plan.times.entries()) {
    const frame = await runTool(
      'ffmpeg',
      ['-v', 'error', '-ss', t.toFixed(3), '-i', TOOL_INPUT, '-an', '-sn', '-frames:v', '1', '-vf', `scale=${plan.tileWidth}:${plan.tileHeight},setsar=1`, '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '2', 'pipe:1'],
      SEEK_TIMEOUT_MS,
      fd,
    );
    if (frame.length === 0) continue;
    tiles.push({ input: frame, left: (i % plan.columns) * plan.tileWidth, top: Math.floor(i / plan.columns) * plan.tileHeight });
  }
  if (tiles.length === 0) throw new Error('ffmpeg decoded no frame for the seek sprite.');
  const sheet = sharp({ create: { width: plan.columns * plan.tileWidth, height: plan.rows * plan.tileHeight, channels: 3, background: '#000' } });
  await sheet.composite(tiles).jpeg({ quality: 80, mozjpeg: false }).toFile(outPath);
}
