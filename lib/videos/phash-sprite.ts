// The picture Stash hashes for a video (stash pkg/hash/videophash): 25 frames at 5 % + i × 3.6 %
// of the runtime, each taken by its own ffmpeg with an input seek, scaled to 160 px wide (even
// height) and written as BMP, then pasted 5 × 5 onto a transparent canvas the size of 25 of the
// first frame. The same ffmpeg arguments as Stash's, so the same pixels; the BMP is read here.
import { runTool, TOOL_INPUT } from './run-tool';

const TILE_WIDTH = 160;
const COLUMNS = 5;
const ROWS = 5;
const TIMEOUT_MS = 60_000;

export interface PhashSprite {
  width: number;
  height: number;
  data: Uint8Array; // RGBA
}

/** The 25 times Stash takes its frames at. */
export function phashFrameTimes(durationS: number): number[] {
  const offset = 0.05 * durationS;
  const step = (0.9 * durationS) / (COLUMNS * ROWS);
  return Array.from({ length: COLUMNS * ROWS }, (_, i) => offset + i * step);
}

/** A 24- or 32-bit uncompressed BMP as ffmpeg writes it, to RGBA rows top-down. */
export function decodeBmp(buf: Buffer): { width: number; height: number; data: Uint8Array } {
  if (buf.length < 54 || buf.toString('latin1', 0, 2) !== 'BM') throw new Error('ffmpeg did not give a BMP frame.');
  const offset = buf.readUInt32LE(10);
  const width = buf.readInt32LE(18);
  const rawHeight = buf.readInt32LE(22);
  const bpp = buf.readUInt16LE(28);
  if (bpp !== 24 && bpp !== 32) throw new Error(`Unexpected BMP depth ${bpp}.`);
  const height = Math.abs(rawHeight);
  const stride = Math.ceil((width * bpp) / 32) * 4;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const srcRow = offset + (rawHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const s = srcRow + (x * bpp) / 8;
      const d = (y * width + x) * 4;
      data[d] = buf[s + 2];
      data[d + 1] = buf[s + 1];
      data[d + 2] = buf[s];
      data[d + 3] = 255; // Go's BMP decoder gives opaque pixels for ffmpeg's BMPs
    }
  }
  return { width, height, data };
}

const isBmp = (buf: Buffer) => buf.length >= 54 && buf.toString('latin1', 0, 2) === 'BM';
const OUTPUT = ['-frames:v', '1', '-vf', `scale=${TILE_WIDTH}:-2`, '-c:v', 'bmp', '-f', 'rawvideo', 'pipe:1'];

/**
 * The frame at `seconds`, as Stash takes it: an input seek (-ss before -i). Where that gives no
 * frame — a video stream shorter than the container (audio runs on past the last picture), or a
 * container without a seek index (FLV, some MKV) — the same time by decoding up to it (-ss after
 * -i), then the last picture of the stream (-sseof). Stash fails such videos; these fallbacks
 * only ever change frames Stash could not take, so the hashes of the others still compare.
 */
async function grabFrame(fd: number, seconds: number): Promise<Buffer> {
  // Stash: -v error -y -ss <t> -i <file> -frames:v 1 -vf scale=160:-2 -c:v bmp -f rawvideo -
  const seeked = await runTool('ffmpeg', ['-v', 'error', '-y', '-ss', String(seconds), '-i', TOOL_INPUT, ...OUTPUT], TIMEOUT_MS, fd).catch(() => Buffer.alloc(0));
  if (isBmp(seeked)) return seeked;
  const decoded = await runTool('ffmpeg', ['-v', 'error', '-y', '-i', TOOL_INPUT, '-ss', String(seconds), ...OUTPUT], TIMEOUT_MS, fd).catch(() => Buffer.alloc(0));
  if (isBmp(decoded)) return decoded;
  return runTool('ffmpeg', ['-v', 'error', '-y', '-sseof', '-1', '-i', TOOL_INPUT, ...OUTPUT], TIMEOUT_MS, fd);
}

/** `fd`: the video, opened by openLibraryFile; `durationS` from ffprobe. */
export async function makePhashSprite(fd: number, durationS: number): Promise<PhashSprite> {
  const frames = [];
  for (const t of phashFrameTimes(durationS)) frames.push(decodeBmp(await grabFrame(fd, t))); // one at a time: 2 cores
  const { width: w, height: h } = frames[0];
  const width = w * COLUMNS;
  const height = h * ROWS;
  const data = new Uint8Array(width * height * 4); // imaging.New(…, color.NRGBA{}): transparent black
  frames.forEach((f, i) => {
    const x0 = w * (i % COLUMNS);
    const y0 = h * Math.floor(i / ROWS);
    // imaging.Paste: the whole frame at (x0, y0), clipped to the canvas only.
    for (let y = 0; y < f.height && y0 + y < height; y++) {
      const n = Math.min(f.width, width - x0) * 4;
      data.set(f.data.subarray(y * f.width * 4, y * f.width * 4 + n), ((y0 + y) * width + x0) * 4);
    }
  });
  return { width, height, data };
}
