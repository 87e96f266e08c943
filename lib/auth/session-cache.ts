// Recently checked browser sessions, kept in memory so that a page scrolling the timeline does
// not pay a JWE decode and a session query on every request. Revocation stays immediate:
// - database triggers NOTIFY `shoebox_auth_changed` on every change of a session or its user
//   (migration 20261122000000_session_notify), and each process drops what it names;
// - this process also drops everything at once after its own auth writes (invalidateLocally);
// - the cache answers only while its LISTEN connection is up: when it is down or not yet
//   listening, every request goes to the database (fail closed);
// - a read that raced with a notification is not stored (generation counter).
import pg from 'pg';
import { requireDatabaseUrl } from '@/lib/server/env';
import { onDisconnect } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import type { SessionUser } from './auth.schemas';

const CHANNEL = 'shoebox_auth_changed';
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 2_000;

interface Entry {
  user: SessionUser;
  until: number;
}

interface State {
  byToken: Map<string, Entry>;
  generation: number;
  listening: boolean;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  closed: boolean;
}

// One per process, also across Next's module copies (route bundles share globalThis).
const holder = globalThis as unknown as { shoeboxSessionCache?: State };
const state = (holder.shoeboxSessionCache ??= {
  byToken: new Map(),
  generation: 0,
  listening: false,
  client: null,
  connecting: null,
  closed: false,
});

function dropAll(): void {
  state.generation++;
  state.byToken.clear();
}

function onNotification(payload: string | undefined): void {
  state.generation++;
  const [kind, id] = (payload ?? '').split(':');
  if (!id) return dropAll();
  for (const [token, entry] of state.byToken) {
    if ((kind === 'session' && entry.user.sessionId === id) || (kind === 'user' && entry.user.id === id)) state.byToken.delete(token);
  }
}

function lost(client: pg.Client, error?: Error): void {
  if (state.client !== client) return;
  state.listening = false;
  state.client = null;
  dropAll();
  if (error) log.warn({ err: error }, 'session cache: notification connection lost; checking every request until it is back');
  client.end().catch(() => undefined);
  if (!state.closed) setTimeout(() => void ensureListening(), RECONNECT_MS).unref();
}

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl(), application_name: 'shoebox-session-cache' });
  state.client = client;
  client.on('notification', (msg) => onNotification(msg.payload));
  client.on('error', (error) => lost(client, error));
  client.on('end', () => lost(client));
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // A stream that is open but idle must not keep a script alive.
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    if (state.client === client && !state.closed) {
      dropAll(); // anything read before we listened may have missed a notification
      state.listening = true;
    }
  } catch (error) {
    lost(client, error as Error);
  }
}

function ensureListening(): void {
  if (state.closed || state.client || state.connecting) return;
  onDisconnect(closeSessionCache); // the LISTEN connection goes with the pool (tests switch databases)
  state.connecting = connect().finally(() => (state.connecting = null));
}

/** The cached user for a session cookie, or undefined when it must be checked in the database. */
export function cachedSession(token: string): SessionUser | undefined {
  ensureListening();
  if (!state.listening) return undefined;
  const entry = state.byToken.get(token);
  if (!entry) return undefined;
  if (entry.until < Date.now()) {
    state.byToken.delete(token);
    return undefined;
  }
  return entry.user;
}

/** Whether answers may come from memory (the LISTEN connection is up). */
export const isSessionCacheListening = () => state.listening;

/** Call before the database read; pass the result to rememberSession. */
export const sessionCacheGeneration = () => state.generation;

export function rememberSession(token: string, user: SessionUser, expiresAt: Date, generation: number): void {
  if (!state.listening || generation !== state.generation) return;
  if (state.byToken.size >= MAX_ENTRIES) state.byToken.delete(state.byToken.keys().next().value!);
  state.byToken.set(token, { user, until: Math.min(Date.now() + TTL_MS, expiresAt.getTime()) });
}

/** After this process changed a session or user: do not wait for the notification. */
export function invalidateSessionCacheLocally(): void {
  dropAll();
}

/** Closes the notification connection (scripts and tests that are done with the database). */
export async function closeSessionCache(): Promise<void> {
  state.closed = true;
  state.listening = false;
  dropAll();
  const client = state.client;
  state.client = null;
  await client?.end().catch(() => undefined);
  state.closed = false;
}
