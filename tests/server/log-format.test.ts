// `npm start` in a terminal should be readable: with LOG_FORMAT unset, the processes log
// pretty lines when their output is a terminal and one JSON object per line when it is piped
// (to a file, journald, a log collector). The worker's refusal of a bad flag is the message.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const command = 'node --import tsx worker/index.ts --concurrency none';

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete env.LOG_FORMAT;
  return env;
}

describe('log format', () => {
  it('is pretty on a terminal', () => {
    // util-linux `script` runs the command on a pseudo-terminal, as a person's shell would.
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { env: childEnv(), encoding: 'utf8' });
    const out = run.stdout.replace(/\x1b\[[0-9;]*m/g, ''); // colours
    expect(out).toMatch(/FATAL.*--concurrency must be a positive integer, got "none"/);
    expect(out).not.toContain('{"level"');
  });

  it('is JSON when piped', () => {
    const run = spawnSync('sh', ['-c', command], { env: childEnv(), encoding: 'utf8' });
    const line = run.stdout.trim().split('\n').at(-1)!;
    expect(JSON.parse(line)).toMatchObject({ level: 60, msg: '--concurrency must be a positive integer, got "none"' });
  });
});
