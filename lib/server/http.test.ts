import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors';
import { errorResponse } from './http';

describe('errorResponse', () => {
  it('turns an AppError into its status and the shared error shape', async () => {
    const res = errorResponse(new AppError('not_found', 'No such photo.'), 'req-1');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such photo.' } });
  });

  it('turns a zod failure into 422 with the fields', async () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: 'nope' });
    const res = errorResponse(parsed.error, 'req-2');
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.fieldErrors.email).toHaveLength(1);
  });

  it('hides the detail of an unexpected error from the client', async () => {
    const res = errorResponse(new Error('password=hunter2 in connection string'), 'req-3');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).error.code).toBe('internal');
  });
});
