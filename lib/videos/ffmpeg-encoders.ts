// Which encoders this machine's ffmpeg has. A build without libwebp (some distributions' minimal
// ffmpeg) cannot make animated WebP: the clip form says so instead of queuing a job that fails.
// Asked once per process (`ffmpeg -encoders` lists them in ~50 ms) and remembered.
import { execFile } from 'node:child_process';

/** The encoder names in `ffmpeg -encoders` output (lines like " V....D libwebp_anim  libwebp WebP image"). */
export function parseEncoderNames(output: string): Set<string> {
  const names = new Set<string>();
  const body = output.slice(output.indexOf('------') + 6);
  for (const line of body.split('\n')) {
    const match = /^\s*[VAS][.A-Z]{5}\s+(\S+)/.exec(line);
    if (match) names.add(match[1]);
  }
  return names;
}

let encoders: Promise<Set<string>> | null = null;

export function ffmpegEncoders(): Promise<Set<string>> {
  encoders ??= new Promise((resolve) => {
    execFile('ffmpeg', ['-hide_banner', '-encoders'], { timeout: 10_000 }, (error, stdout) => resolve(error ? new Set() : parseEncoderNames(stdout)));
  });
  return encoders;
}

/** Whether animated WebP can be made here (ffmpeg's libwebp_anim encoder). */
export async function canEncodeAnimatedWebp(): Promise<boolean> {
  return (await ffmpegEncoders()).has('libwebp_anim');
}
