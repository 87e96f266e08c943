// Runs an ffmpeg command built with fluent-ffmpeg and turns its failure into a ToolError (a
// readable reason plus the stderr tail for the job report), as runTool does for the tools it
// spawns itself. fluent-ffmpeg spawns ffmpeg on its own and cannot hand it an extra descriptor,
// so the checked input is named `/proc/<our pid>/fd/<fd>` (libraryInput): a magic link to the
// very file openLibraryFile opened and checked, not a path resolved again — a symlink swapped
// into the library afterwards cannot redirect it. Each `-i` of it opens the file anew, with its
// own read offset, so several inputs of one command can seek independently.
import ffmpeg from 'fluent-ffmpeg';
import { explainToolFailure } from './explain-tool-failure';
import { ToolError } from './run-tool';

export type FfmpegCommand = ffmpeg.FfmpegCommand;

/** How an ffmpeg started by fluent-ffmpeg names a descriptor this process holds open. */
export function libraryInput(fd: number): string {
  return `/proc/${process.pid}/fd/${fd}`;
}

const timeouts = new WeakMap<FfmpegCommand, number>();

export function newFfmpegCommand(timeoutS: number): FfmpegCommand {
  const command = ffmpeg({ timeout: timeoutS, stdoutLines: 60 });
  timeouts.set(command, timeoutS);
  return command;
}

/** Runs the command; `onProgress` gets fluent's percent (of the input's duration) when known. */
export function runFfmpeg(command: FfmpegCommand, onProgress?: (percent: number) => void): Promise<void> {
  const timeoutS = timeouts.get(command) ?? 0;
  return new Promise((resolve, reject) => {
    let args: string[] = [];
    command
      .on('start', (line: string) => {
        args = line.split(' ');
      })
      .on('progress', (p: { percent?: number }) => {
        if (onProgress && typeof p.percent === 'number' && Number.isFinite(p.percent)) onProgress(p.percent);
      })
      .on('end', () => resolve())
      .on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
        const tail = (stderr ?? '').slice(-8000);
        const code = /code (\d+)/.exec(error.message)?.[1];
        const why = /timeout/.test(error.message) ? `timed out after ${timeoutS} s` : code ? `exit code ${code}` : error.message;
        reject(new ToolError(explainToolFailure('ffmpeg', tail, why, args), tail));
      })
      .run();
  });
}
