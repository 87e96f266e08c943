// Which request a piece of work belongs to, carried through async calls (AsyncLocalStorage):
// withRoute opens it around a handler, the worker around a job. Every log line written inside
// carries its requestId (lib/server/log.ts), and every job enqueued inside carries it on to the
// worker (lib/jobs/enqueue.ts), so a scan started from the page and its ingests share one id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
}

/** The key under which a job's payload carries the id of the request that queued it; task schemas drop it. */
export const JOB_REQUEST_ID_KEY = '_requestId';

const holder = globalThis as unknown as { shoeboxRequestContext?: AsyncLocalStorage<RequestContext> };
// On globalThis: Next's route bundles each have their own module copies, and the logger's copy
// must see the store the wrapper's copy opened.
const storage = (holder.shoeboxRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// A client's id goes into every log line of the request and its jobs: only short, plain ids are
// taken (a UUID, a proxy's hex id); anything else is replaced, so a header cannot forge log fields.
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The client's x-request-id when it is a plain id, otherwise a fresh one. */
export function acceptedRequestId(sent: unknown): string {
  return typeof sent === 'string' && ACCEPTED_ID.test(sent) ? sent : randomUUID();
}

/** The request id a job payload carries, if it is a plain id; nothing otherwise. */
export function requestIdOfPayload(payload: unknown): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const sent = (payload as Record<string, unknown>)[JOB_REQUEST_ID_KEY];
  return typeof sent === 'string' && ACCEPTED_ID.test(sent) ? sent : undefined;
}
