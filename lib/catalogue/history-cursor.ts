// The history's cursor: the last entry's place in the keyset order (time, kind, id), opaque to
// clients (base64url of a small JSON array). A cursor that was tampered with or cut short is a
// 422 naming the field, never a 500.
import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { HISTORY_KINDS, type HistoryPosition } from './catalogue.schemas';

const positionSchema = z.tuple([z.iso.datetime(), z.enum(HISTORY_KINDS), z.uuid()]);

export function encodeHistoryCursor(position: HistoryPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.kind, position.id])).toString('base64url');
}

export function decodeHistoryCursor(cursor: string): HistoryPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const position = positionSchema.safeParse(parsed);
  if (!position.success) {
    throw new AppError('validation_failed', 'This list position is not valid: reload the history.', { fieldErrors: { cursor: ['not a cursor this server gave'] } });
  }
  const [at, kind, id] = position.data;
  return { at: new Date(at), kind, id };
}
