// The Prisma client (pg driver adapter over a pool we own), created on first use so that
// importing a module never needs a database (Next's build imports route modules). The same
// pool serves selectJsonText: hot read paths whose JSON PostgreSQL writes itself skip
// Prisma's result mapping (a fifth of a millisecond per request on the timeline counts).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { requireDatabaseUrl } from './env';
import { log } from './log';
import { PrismaClient, type Prisma } from './generated/prisma/client';

const holder = globalThis as unknown as { shoeboxPrisma?: PrismaClient; shoeboxPool?: pg.Pool; shoeboxOnDisconnect?: Set<() => Promise<void>> };
// Kept on globalThis like the pool: Next's route bundles each have their own module copies.
const onDisconnectHooks = (holder.shoeboxOnDisconnect ??= new Set());

/**
 * Runs `close` when the database is disconnected (scripts and tests that are done with it, or
 * switch databases): a module holding its own connection (the session cache's LISTEN) registers it.
 */
export function onDisconnect(close: () => Promise<void>): void {
  onDisconnectHooks.add(close);
}

function pool(): pg.Pool {
  if (!holder.shoeboxPool) {
    // The catalogue's typo-tolerant search (pg_trgm's `<<%`, served by trigram indexes) finds
    // "beech" in "beach house" at a strict word similarity of 0.33, under the default 0.5: 0.3,
    // pg_trgm's own default for whole-word similarity, is set on every connection, since an
    // operator's threshold is a setting, not an argument.
    holder.shoeboxPool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10, options: '-c pg_trgm.strict_word_similarity_threshold=0.3' });
    // An idle connection that PostgreSQL ends (a restart, an administrator, a failover) is an
    // 'error' event on the pool; unheard, it would crash the process. The pool drops that
    // connection and opens another on the next query, which answers 503 while the server is away.
    holder.shoeboxPool.on('error', (error) => log.warn({ err: error.message }, 'an idle database connection was closed by the server'));
  }
  return holder.shoeboxPool;
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool()) });
}

export function prisma(): PrismaClient {
  holder.shoeboxPrisma ??= createClient();
  return holder.shoeboxPrisma;
}

/** Runs a query of one row and one text column (JSON built by PostgreSQL) and returns the text. */
export async function selectJsonText(sql: Prisma.Sql): Promise<string> {
  const result = await pool().query<{ body: string }>({ text: sql.text, values: sql.values });
  return result.rows[0].body;
}

/** Rows of a hot per-request query (a thumbnail per tile) through the pool, without Prisma's
 * result mapping: columns come as node-pg decodes them (uuid and text as strings, timestamps as Dates). */
export async function selectRowsDirect<T extends Record<string, unknown>>(sql: Prisma.Sql): Promise<T[]> {
  const result = await pool().query<T>({ text: sql.text, values: sql.values });
  return result.rows;
}

/** Runs a query of text columns and returns its rows as arrays: bulk reads whose text PostgreSQL
 * packs itself (the scan's known files, thousands to a row) skip the cost of a row per item. */
export async function selectTextRows(sql: Prisma.Sql): Promise<(string | null)[][]> {
  const result = await pool().query<(string | null)[]>({ text: sql.text, values: sql.values, rowMode: 'array' });
  return result.rows;
}

/** Runs a query of one row and one bytea column and returns its bytes as they came (node-pg
 * decodes bytea to a Buffer; Prisma's result mapping would copy tens of megabytes again). */
export async function selectBytes(sql: Prisma.Sql): Promise<Buffer> {
  const result = await pool().query<{ bytes: Buffer }>({ text: sql.text, values: sql.values });
  return result.rows[0].bytes;
}

/** Connections of this process's pool (for /api/metrics): open, idle, and queries waiting for one; null before first use. */
export function poolUse(): { total: number; idle: number; waiting: number; max: number } | null {
  const p = holder.shoeboxPool;
  return p ? { total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount, max: p.options.max ?? 10 } : null;
}

export async function disconnectPrisma(): Promise<void> {
  // Connections of their own (the session cache's LISTEN) go with the pool.
  for (const close of onDisconnectHooks) await close();
  await holder.shoeboxPrisma?.$disconnect();
  holder.shoeboxPrisma = undefined;
  await holder.shoeboxPool?.end();
  holder.shoeboxPool = undefined;
}

export type Db = PrismaClient;
export type { Prisma } from './generated/prisma/client';
