// Runs ffmpeg on a checked input descriptor (fd 3, named TOOL_INPUT, as runTool does) and
// reports its progress as it goes: `-progress pipe:1` writes key=value blocks on stdout a few
// times a second (frame=…, out_time_us=…). fluent-ffmpeg's percent is of the whole input's
// duration, not of a cut range, and it cannot hand ffmpeg the descriptor, hence this small
// runner. A failure is a ToolError with a readable reason and the stderr tail.
import { spawn } from 'node:child_process';
import { explainToolFailure } from './explain-tool-failure';
import { ToolError } from './run-tool';

export interface FfmpegProgress {
  /** Frames handed to the encoder so far (counts even while an encoder holds its output back). */
  frame: number;
  /** Output time written so far, in seconds. */
  outSeconds: number;
}

/** The numbers of one block of ffmpeg's `-progress` output (pure, unit-tested). */
export function parseProgressBlock(lines: string[]): FfmpegProgress {
  const values = new Map(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const));
  const frame = Number(values.get('frame'));
  const outUs = Number(values.get('out_time_us') ?? values.get('out_time_ms'));
  return { frame: Number.isFinite(frame) ? frame : 0, outSeconds: Number.isFinite(outUs) && outUs > 0 ? outUs / 1e6 : 0 };
}

export function runFfmpegWithProgress(args: string[], inputFd: number, timeoutMs: number, onProgress: (p: FfmpegProgress) => void): Promise<void> {
  const full = ['-hide_banner', '-nostdin', '-v', 'error', '-progress', 'pipe:1', '-stats_period', '0.5', '-y', ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', full, { stdio: ['ignore', 'pipe', 'pipe', inputFd] });
    let err = '';
    let pending = '';
    let block: string[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      const lines = (pending + d.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        block.push(line.trim());
        if (line.startsWith('progress=')) {
          onProgress(parseProgressBlock(block));
          block = [];
        }
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-8000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ToolError(`ffmpeg could not run: ${error.message}`, err));
    });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const why = killedBy === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exit code ${code}`;
      reject(new ToolError(explainToolFailure('ffmpeg', err, why, full), err));
    });
  });
}
