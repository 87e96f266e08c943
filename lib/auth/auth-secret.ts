// The key that seals session cookies. Zero-config: when AUTH_SECRET is unset, a random one is
// generated once into DATA_DIR/auth-secret (mode 0600) and reused by every process.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/server/env';

let cached: string | undefined;

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cached) return cached;
  const file = path.join(env.DATA_DIR, 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(env.DATA_DIR, { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    // 'wx' fails if another process won the race; then read what it wrote.
    try {
      writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' });
      cached = fresh;
    } catch {
      cached = readFileSync(file, 'utf8').trim();
    }
  }
  return cached;
}
