// The ffmpeg processes a route under test spawned: living children of this test process.
import { readdir, readFile } from 'node:fs/promises';

export async function ffmpegChildren(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const m = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat);
    if (m && m[1] === 'ffmpeg' && m[2] !== 'Z' && Number(m[3]) === process.pid) pids.push(Number(entry));
  }
  return pids;
}
