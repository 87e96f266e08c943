// Which database failures are the client's input and which are an outage. Prisma (pg driver
// adapter) carries PostgreSQL's SQLSTATE in meta.driverAdapterError.cause; pg's own pool
// (selectJsonText) throws node socket errors or PostgreSQL errors with `code`.

const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
// 08: connection exception, 57P0x: server shutting down or not accepting connections, 53300:
// too many connections, 3D000: the database is gone.
const UNREACHABLE_SQLSTATE = /^(08...|57P0[1-3]|53300|3D000)$/;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { code?: unknown; kind?: unknown } } };
}

/** The error and everything it wraps (cause chain and Prisma's adapter error). */
function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const e = current as ErrorLike;
    yield e;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (adapterCause) yield adapterCause as ErrorLike;
    current = e.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SOCKET_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code)) return true;
    if (typeof e.kind === 'string' && UNREACHABLE_ADAPTER_KINDS.has(e.kind)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end/.test(message)) return true;
  }
  return false;
}

// Prisma's own checks of a value against the column: too long, out of range, not valid for it.
const REJECTED_VALUE_PRISMA_CODES = new Set(['P2000', 'P2006', 'P2007', 'P2020', 'P2023']);

/** PostgreSQL's class 22 (data exception) or Prisma's value checks: a value the database cannot store or compare. */
export function isRejectedValue(error: unknown): boolean {
  for (const e of chain(error)) {
    if (typeof e.code !== 'string') continue;
    if (/^22...$/.test(e.code) || REJECTED_VALUE_PRISMA_CODES.has(e.code)) return true;
  }
  return false;
}

/** A unique key taken by another row (often a parallel request that won the race): PostgreSQL 23505 or Prisma P2002. */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === '23505' || e.code === 'P2002') return true;
    if (e.kind === 'UniqueConstraintViolation') return true;
  }
  return false;
}
