import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { decodeHistoryCursor, encodeHistoryCursor } from './history-cursor';

describe('history cursor', () => {
  it('round-trips a position to the millisecond', () => {
    const position = { at: new Date('2024-06-01T10:00:00.123Z'), kind: 'marked' as const, id: '5f0c7a52-8a8e-4c1e-9a43-0c9f7f2d1b11' };
    const cursor = encodeHistoryCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHistoryCursor(cursor)).toEqual(position);
  });

  it('refuses anything it did not make with a 422 naming the cursor', () => {
    const forged = Buffer.from(JSON.stringify(['2024-06-01T10:00:00.000Z', 'deleted', 'x'])).toString('base64url');
    for (const bad of ['nonsense', '%%%', forged, Buffer.from('[1,2,3]').toString('base64url')]) {
      const error = (() => {
        try {
          decodeHistoryCursor(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).details).toEqual({ fieldErrors: { cursor: ['not a cursor this server gave'] } });
    }
  });
});
