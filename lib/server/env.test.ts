import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('gives the zero-config defaults', () => {
    const env = parseEnv({}, { terminal: false });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    expect(env.DATA_DIR).toMatch(/\/data$/);
    expect(env.LOG_FORMAT).toBe('json');
    expect(env.MAX_JSON_BODY_BYTES).toBe(1024 * 1024);
    expect(parseEnv({ NODE_ENV: 'development' }, { terminal: false }).LOG_FORMAT).toBe('pretty');
    // `npm start` in a terminal logs for people; LOG_FORMAT still wins.
    expect(parseEnv({}, { terminal: true }).LOG_FORMAT).toBe('pretty');
    expect(parseEnv({ LOG_FORMAT: 'json' }, { terminal: true }).LOG_FORMAT).toBe('json');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => parseEnv({ MAX_JSON_BODY_BYTES: '1mb' })).toThrow(/MAX_JSON_BODY_BYTES/);
  });

  it('treats an empty DATABASE_URL as unset and trims a trailing slash from PUBLIC_URL', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ PUBLIC_URL: 'https://photos.example.org/' }).PUBLIC_URL).toBe('https://photos.example.org');
  });
});
