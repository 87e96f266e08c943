// What a route's caller receives when its handler throws: the error shape, through the same
// wrapper every route uses (withRoute with a guard that lets everyone in).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors';
import { withRoute } from './http';

const open = { enter: async () => ({ context: {}, personal: false }) };
const throwing = (error: unknown) => withRoute(open, async () => Promise.reject(error))(new Request('http://shoebox.test/api/x'));

describe('withRoute errors', () => {
  it('turns an AppError into its status and the shared error shape', async () => {
    const res = await throwing(new AppError('not_found', 'No such photo.'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such photo.' } });
  });

  it('turns a zod failure into 422 with the fields', async () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: 'nope' });
    const res = await throwing(parsed.error);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.fieldErrors.email).toHaveLength(1);
  });

  it('hides the detail of an unexpected error from the client', async () => {
    const res = await throwing(new Error('password=hunter2 in connection string'));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
