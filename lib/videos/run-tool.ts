// Runs ffprobe/ffmpeg with a time limit. A failure's message says in plain words what went wrong
// (explain-tool-failure.ts) and carries the tail of the tool's stderr, which ends up in the job
// failure report an admin reads. The input is a descriptor that openLibraryFile checked, handed
// to the tool as its fd 3 and named `/dev/fd/3` in its arguments: the tool never resolves a
// library path itself (a swapped symlink cannot redirect it). A caller serving a client passes
// the request's signal: the tool is killed as soon as the client goes away.
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

/** How a tool names the input descriptor passed to it (see runTool). */
export const TOOL_INPUT = '/dev/fd/3';

/** The tool was killed because its caller's signal aborted (the client went away). */
export class ToolAbortedError extends Error {
  constructor(command: string) {
    super(`${command} was stopped: the request was cancelled`);
    this.name = 'ToolAbortedError';
  }
}

export function runTool(command: string, args: string[], timeoutMs: number, inputFd: number, signal?: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ToolAbortedError(command));
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe', inputFd] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const abort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', abort, { once: true });
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-8000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      reject(new ToolError(`${command} could not run: ${error.message}`, err));
    });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) return reject(new ToolAbortedError(command));
      if (code === 0) return resolve(Buffer.concat(out));
      const why = killedBy === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exit code ${code}`;
      reject(new ToolError(explainToolFailure(command, err, why, args), err));
    });
  });
}
