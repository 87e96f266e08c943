// Runs ffprobe/ffmpeg with a time limit. A failure's message says in plain words what went wrong
// (explain-tool-failure.ts) and carries the tail of the tool's stderr, which ends up in the job
// failure report an admin reads.
import { spawn } from 'node:child_process';
import { explainToolFailure } from './explain-tool-failure';

export class ToolError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export function runTool(command: string, args: string[], timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-8000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ToolError(`${command} could not run: ${error.message}`, err));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(Buffer.concat(out));
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exit code ${code}`;
      reject(new ToolError(explainToolFailure(command, err, why, args), err));
    });
  });
}
