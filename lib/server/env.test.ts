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

  it('reads TRUSTED_PROXIES as a hop count or a list of addresses, CIDRs and range names', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXIES: '' }).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXIES: '1' }).TRUSTED_PROXIES).toEqual({ hops: 1, ranges: [] });
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,loopback, fd00::/8' }).TRUSTED_PROXIES).toEqual({
      hops: 0,
      ranges: ['10.0.0.0/8', '192.0.2.1', 'loopback', 'fd00::/8'],
    });
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, proxy.example' })).toThrow(/TRUSTED_PROXIES: .*proxy\.example/);
  });

  it('reads CORS_ORIGINS as * or a list of origins, and refuses anything with a path', () => {
    expect(parseEnv({}).CORS_ORIGINS).toBeUndefined();
    expect(parseEnv({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toBe('*');
    expect(parseEnv({ CORS_ORIGINS: 'https://App.example.org/, http://localhost:5173' }).CORS_ORIGINS).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(() => parseEnv({ CORS_ORIGINS: 'https://app.example.org/api' })).toThrow(/CORS_ORIGINS/);
    expect(() => parseEnv({ CORS_ORIGINS: 'app.example.org' })).toThrow(/CORS_ORIGINS/);
  });

  it('limits handlers to 30 s unless REQUEST_TIMEOUT_MS says otherwise, and wants a long METRICS_TOKEN', () => {
    expect(parseEnv({}).REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(parseEnv({ REQUEST_TIMEOUT_MS: '0' }).REQUEST_TIMEOUT_MS).toBe(0);
    expect(() => parseEnv({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('storage settings', () => {
  it('defaults to the local data dir without encryption', () => {
    const env = parseEnv({});
    expect(env.STORAGE_DRIVER).toBe('local');
    expect(env.STORAGE_ENCRYPTION_KEY).toBeUndefined();
    expect(env.S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('stops start-up naming the S3 variable that is missing, and never echoes a bad key', () => {
    expect(() => parseEnv({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET: required when STORAGE_DRIVER=s3/);
    expect(() => parseEnv({ STORAGE_DRIVER: 's3', S3_BUCKET: 'photos' })).toThrow(/S3_ENDPOINT: required/);
    expect(() => parseEnv({ STORAGE_DRIVER: 's3', S3_BUCKET: 'photos', S3_ENDPOINT: 'http://h:9000', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => parseEnv({ STORAGE_ENCRYPTION_KEY: 'not-a-key-secret-value' })).toThrow(/STORAGE_ENCRYPTION_KEY: must be 32 bytes/);
    expect(() => parseEnv({ STORAGE_ENCRYPTION_KEY: 'not-a-key-secret-value' })).not.toThrow(/not-a-key-secret-value/);
  });

  it('takes the key as 64 hex characters or as base64 and ends the prefix with a slash', () => {
    expect(parseEnv({ STORAGE_ENCRYPTION_KEY: 'ab'.repeat(32) }).STORAGE_ENCRYPTION_KEY).toBe('ab'.repeat(32));
    expect(parseEnv({ STORAGE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).STORAGE_ENCRYPTION_KEY).toBeDefined();
    expect(() => parseEnv({ STORAGE_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/STORAGE_ENCRYPTION_KEY/);
    expect(parseEnv({ S3_PREFIX: 'shoebox' }).S3_PREFIX).toBe('shoebox/');
  });
});
