// The pieces every operation's documentation shares: the error body lib/server/http.ts answers,
// id path parameters, and how a binary answer (an image, a video, a WebVTT file) is described.
import { z } from 'zod';
import type { ErrorCode } from '@/lib/server/errors';

const errorCodes = [
  'bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'limit_reached', 'payload_too_large',
  'validation_failed', 'rate_limited', 'internal', 'unavailable', 'busy', 'timeout', 'storage_key_mismatch', 'storage_damaged',
] as const satisfies readonly ErrorCode[];
// Every code lib/server/errors.ts knows is listed: a new code that is missing here fails the build.
type MissingCode = Exclude<ErrorCode, (typeof errorCodes)[number]>;
const everyCodeListed: MissingCode extends never ? true : false = true;
void everyCodeListed;

/** `{ error: { code, message, details? } }`: every refusal, whatever the route. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().meta({ description: 'Safe to show to the user.' }),
      details: z.unknown().optional().meta({ description: 'Per code: the fields that failed (validation_failed), retryAfterSeconds, the existing item (conflict)…' }),
    }),
  })
  .meta({ id: 'Error' });

/** `/…/{id}` where the id is a UUID; a malformed one answers 404 like a missing one. */
export const idPathSchema = z.object({ id: z.string().meta({ description: 'A UUID; anything else answers 404.' }) });

/** `{ ok: true }`: a write that has nothing else to say. */
export const okResponseSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

/** `{ queued: true }` or `{ queued: n }`: work handed to the job queue. */
export const queuedResponseSchema = z.object({ queued: z.union([z.literal(true), z.number().int()]) });
