// Route parameters of the album sharing routes: a malformed id is simply one that does not
// exist (404), like everywhere else.
import { z } from 'zod';
import { notFound } from '@/lib/server/errors';

const uuid = z.uuid();

export function albumIdParam(params: { id: string }): string {
  const id = uuid.safeParse(params.id);
  if (!id.success) throw notFound('No such album.');
  return id.data;
}

export function albumChildParam(value: string, what: string): string {
  const id = uuid.safeParse(value);
  if (!id.success) throw notFound(`No such ${what}.`);
  return id.data;
}
