// A job payload as admins see it on /admin/jobs: fields that may hold a secret (a mail's
// invitation or reset link, a token) are masked. The stored payload keeps them, because Retry
// queues the job again with exactly what it had.
import { SECRET_FIELDS } from '@/lib/server/log';

const SECRET = new Set(SECRET_FIELDS.map((f) => f.toLowerCase()));

export function redactPayload(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPayload);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, SECRET.has(key.toLowerCase()) ? '[redacted]' : redactPayload(v)]));
}
