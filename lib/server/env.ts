// The only reader of process.env. Every variable is parsed once with zod; a wrong value stops
// start-up with a message naming the variable. Defaults give the zero-config mode.
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { decodeEncryptionKey } from './encryption-key';

const port = z.coerce.number().int().min(1).max(65535);
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

const PROXY_RANGE_NAMES = ['loopback', 'private'] as const;
const isAddressOrCidr = (s: string) =>
  ipaddr.IPv4.isValidFourPartDecimal(s) || ipaddr.IPv6.isValid(s) || ipaddr.isValidCIDR(s);

/** A hop count ("1": one proxy in front) or a list of addresses, CIDRs, `loopback`, `private`. */
const trustedProxiesSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (/^\d+$/.test(v)) return { hops: Number(v), ranges: [] as string[] };
      const ranges = v.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = ranges.filter((r) => !isAddressOrCidr(r) && !(PROXY_RANGE_NAMES as readonly string[]).includes(r));
      if (bad.length || !ranges.length) {
        ctx.addIssue({ code: 'custom', message: `not a hop count, address, CIDR, "loopback" or "private": ${bad.join(', ') || v}` });
        return z.NEVER;
      }
      return { hops: 0, ranges };
    })
    .optional(),
);

/** `*`, or a comma-separated list of origins, each normalised to scheme://host[:port]. */
const corsOriginsSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .transform((v, ctx): '*' | string[] => {
      if (v === '*') return '*';
      const origins: string[] = [];
      for (const item of v.split(',').map((s) => s.trim()).filter(Boolean)) {
        const url = URL.canParse(item) ? new URL(item) : null;
        const bare = url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
        if (!url || !bare) {
          ctx.addIssue({ code: 'custom', message: `not an origin (scheme://host[:port], nothing after it): ${item}` });
          return z.NEVER;
        }
        origins.push(url.origin);
      }
      return origins;
    })
    .optional(),
);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** PostgreSQL URL; unset means "start embedded PostgreSQL under DATA_DIR/postgres". */
  DATABASE_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Where Shoebox keeps what it owns: embedded database, derived files, secrets. */
  DATA_DIR: z.string().min(1).default('./data').transform((p) => path.resolve(p)),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  /** The address people reach Shoebox at; links in mail and cookie security derive from it. */
  PUBLIC_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /** Secret that signs session cookies; generated into DATA_DIR/auth-secret when unset. */
  AUTH_SECRET: z.preprocess(blankToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  EMBEDDED_PG_PORT: port.default(54329),
  /** As root, where embedded PostgreSQL keeps binaries and cluster when the OS user postgres cannot enter DATA_DIR or the checkout (a private home). */
  EMBEDDED_PG_RUNTIME_DIR: z.string().min(1).default('/var/lib/shoebox').transform((p) => path.resolve(p)),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Largest JSON request body, in bytes; a bigger one is refused with 413 before it is read. */
  MAX_JSON_BODY_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** pretty: human-readable lines; json: one object per line for log collectors. Unset: pretty on a terminal. */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  /** SMTP server for invites and password resets; unset means "mail off" (links shown to the admin only). */
  SMTP_HOST: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  SMTP_PORT: port.default(587),
  SMTP_USER: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_FROM: z.string().min(3).default('Shoebox <shoebox@localhost>'),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false').transform((v) => v === 'true')),
  /** CLIP model (a Hugging Face model id with ONNX weights, or a folder under ML_MODELS_DIR) for semantic search and questions. */
  ML_CLIP_MODEL: z.string().trim().min(1).default('Xenova/clip-vit-base-patch32'),
  /** Where downloaded models are kept (and where a copied-in model is looked for); unset: DATA_DIR/models. */
  ML_MODELS_DIR: z.preprocess(blankToUndefined, z.string().min(1).transform((p) => path.resolve(p)).optional()),
  /** true: never download a model, only use what is in ML_MODELS_DIR (air-gapped servers, baked images). */
  ML_MODELS_OFFLINE: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false').transform((v) => v === 'true')),
  /** Where models are downloaded from: the Hugging Face Hub or a mirror of it. */
  ML_MODELS_HOST: z.url({ protocol: /^https?$/ }).default('https://huggingface.co/'),
  /** Nightly database backups (DATA_DIR/backups) kept one per day, for this many of the latest days. */
  BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).max(3650).default(14),
  /**
   * Which dump a backup makes: auto (pg_dump when the one found is at least the server's major
   * version, else the built-in COPY dump, which needs no client tool), pg_dump, or builtin.
   */
  BACKUP_FORMAT: z.enum(['auto', 'pg_dump', 'builtin']).default('auto'),
  /** Beyond the daily ones, the newest backup of each ISO week is kept for this many weeks (0: none). */
  BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(8),
  /** Password of the read-only database role shoebox_readonly (dashboards, database tools); unset: it cannot log in. */
  READONLY_DB_PASSWORD: z.preprocess(blankToUndefined, z.string().min(8, 'must be at least 8 characters').optional()),
  /** Reverse proxies in front of Shoebox whose X-Forwarded-For entries are believed; unset: none. */
  TRUSTED_PROXIES: trustedProxiesSchema,
  /** Bearer token a Prometheus scraper sends to GET /api/metrics; unset: only an admin session may read it. */
  METRICS_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  /** Origins (scheme://host[:port], comma-separated) whose pages may call the API with an API key, or `*` for any; unset: CORS off. */
  CORS_ORIGINS: corsOriginsSchema,
  /** How long a route handler may take to produce its response before it answers 504 (streamed bodies are not cut); 0: no limit. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** An XYZ raster tile URL template for the map's base layer (https://tile.openstreetmap.org/{z}/{x}/{y}.png; {s} for
   * subdomains). Unset: the offline base map drawn from world-atlas (land and borders), nothing fetched from outside. */
  MAP_STYLE_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/ })
      .refine((u) => ['{z}', '{x}', '{y}'].every((part) => u.includes(part)), 'must be a tile URL template with {z}, {x} and {y}')
      .optional(),
  ),
  /** Credit shown on the map for MAP_STYLE_URL's tiles ("© OpenStreetMap contributors"); HTML is not allowed. */
  MAP_ATTRIBUTION: z.string().max(300).default(''),
  /** Where derived files (thumbnails, previews, posters, sprites, teasers) live: DATA_DIR/derived, or an S3-compatible bucket. */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** The S3 server's URL (https://s3.eu-west-1.amazonaws.com, http://minio:9000); required with STORAGE_DRIVER=s3. */
  S3_ENDPOINT: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /** The bucket (created beforehand); required with STORAGE_DRIVER=s3. */
  S3_BUCKET: z.preprocess(blankToUndefined, z.string().min(3).max(63).optional()),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Credentials; unset: the SDK's usual chain (instance role, AWS_* variables, ~/.aws). */
  S3_ACCESS_KEY_ID: z.preprocess(blankToUndefined, z.string().optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(blankToUndefined, z.string().optional()),
  /** true: http://endpoint/bucket/key (MinIO, Garage, most self-hosted servers); false: virtual-hosted bucket names. */
  S3_FORCE_PATH_STYLE: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('true').transform((v) => v === 'true')),
  /** Key prefix inside the bucket ("shoebox/"), so one bucket can hold several things. */
  S3_PREFIX: z.string().default('').transform((p) => (p && !p.endsWith('/') ? `${p}/` : p)),
  /** 32 bytes as base64 or 64 hex characters: derived files are encrypted at rest (AES-256-GCM). Unset: no encryption. Never logged. */
  STORAGE_ENCRYPTION_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine((v) => decodeEncryptionKey(v) !== null, 'must be 32 bytes as base64 (openssl rand -base64 32) or 64 hex characters')
      .optional(),
  ),
}).superRefine((e, ctx) => {
  if (e.STORAGE_DRIVER !== 's3') return;
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET'] as const) {
    if (!e[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when STORAGE_DRIVER=s3' });
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({ code: 'custom', path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'], message: 'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither' });
  }
});

export type Env = z.infer<typeof envSchema> & { PUBLIC_URL: string; LOG_FORMAT: 'pretty' | 'json' };

export class EnvError extends Error {}

/**
 * `terminal`: whether our output goes to a person (stdout is a TTY). Unless LOG_FORMAT says
 * otherwise, logs are then pretty; piped to a file or a log collector, JSON.
 */
export function parseEnv(source: Record<string, string | undefined>, output: { terminal: boolean } = { terminal: Boolean(process.stdout.isTTY) }): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    ...e,
    PUBLIC_URL: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    LOG_FORMAT: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' || output.terminal ? 'pretty' : 'json'),
  };
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // A wrong setting stops start-up with a message naming the variable, not a stack trace.
    console.error(`[shoebox] ${error.message}`);
    process.exit(1);
  }
}

export const env: Env = loadEnv();

/** Lets the start script hand a value it discovered (the embedded database URL) to children. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/**
 * For the CLI, which discovers the embedded database's URL at run time (the start script
 * hands it to its children through their environment instead).
 */
export function setDatabaseUrl(url: string): void {
  env.DATABASE_URL = url;
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new EnvError(
      'DATABASE_URL is not set. Start Shoebox with `npm start` (it starts an embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  return env.DATABASE_URL;
}
