import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { decodeActivityCursor, encodeActivityCursor } from './activity-cursor';

describe('activity cursor', () => {
  it('round-trips the time (to the millisecond) and key', () => {
    const c = { at: new Date('2026-11-30T12:34:56.789Z'), key: 'added:abc:20261130123456789' };
    expect(decodeActivityCursor(encodeActivityCursor(c))).toEqual(c);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["nope","k"]').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuses %j as a validation error, not a crash',
    (text) => {
      expect(() => decodeActivityCursor(text)).toThrow(AppError);
      try {
        decodeActivityCursor(text);
      } catch (e) {
        expect((e as AppError).status).toBe(422);
      }
    },
  );
});
