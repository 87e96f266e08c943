// A shared link's token is a bearer secret in its address: the request log names such paths
// /s/[token], never the token. A child process runs a link's whole life through the real
// handlers at debug level (tests/support/link-flows.ts); its log must hold the requests and
// none of the token, the passwords or the unlock cookie.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loggablePath } from '@/lib/server/log';

it('redacts the token from shared-link paths, and only there', () => {
  expect(loggablePath('/api/s/AbC_-123/assets/x/thumbnail')).toBe('/api/s/[token]/assets/x/thumbnail');
  expect(loggablePath('/s/AbC_-123')).toBe('/s/[token]');
  expect(loggablePath('/api/shared-links/abc')).toBe('/api/shared-links/abc');
  expect(loggablePath('/api/assets/s/abc')).toBe('/api/assets/s/abc');
});

it('logs no shared-link token, password or unlock cookie', { timeout: 120_000 }, async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shoebox-link-log-')), 'secrets.json');
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/link-flows.ts', file], {
    cwd: process.cwd(),
    env: { ...process.env, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code, output).toBe(0);
  const secrets = JSON.parse(readFileSync(file, 'utf8')) as string[];
  expect(secrets).toHaveLength(4);
  expect(output).toContain('"path":"/api/s/[token]/unlock"');
  expect(output).toContain('"path":"/api/s/[token]"');
  for (const secret of secrets) {
    expect(output.includes(secret), `a secret (${secret.slice(0, 4)}…) is in the log`).toBe(false);
    expect(output.includes(encodeURIComponent(secret)), `a secret (${secret.slice(0, 4)}…) is in the log`).toBe(false);
  }
});
