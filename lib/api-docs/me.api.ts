// The signed-in user's own things: profile, password, sessions, API keys, saved searches.
import { apiKeyViewSchema, createdApiKeySchema, sessionViewSchema } from '@/lib/auth/auth.schemas';
import { createApiKeySchema, type createApiKey } from '@/lib/auth/create-api-key';
import type { listMyApiKeys } from '@/lib/auth/list-my-api-keys';
import type { listMySessions } from '@/lib/auth/list-my-sessions';
import { savedSearchInputSchema, savedSearchViewSchema, type SavedSearchView } from '@/lib/saved-searches/saved-searches.schemas';
import { changePasswordSchema, meResponseSchema, updateProfileSchema } from '@/lib/users/users.schemas';
import { z } from 'zod';
import { okResponseSchema } from './api-docs.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const sessionsSchema = z.object({ sessions: z.array(sessionViewSchema) });
const apiKeysSchema = z.object({ apiKeys: z.array(apiKeyViewSchema) });
const sessionsDocumented: Documents<typeof sessionsSchema.shape.sessions, Awaited<ReturnType<typeof listMySessions>>> = true;
const apiKeysDocumented: Documents<typeof apiKeysSchema.shape.apiKeys, Awaited<ReturnType<typeof listMyApiKeys>>> = true;
const createdKeyDocumented: Documents<typeof createdApiKeySchema, Awaited<ReturnType<typeof createApiKey>>> = true;
const savedSearchDocumented: Documents<typeof savedSearchViewSchema, SavedSearchView> = true;
void [sessionsDocumented, apiKeysDocumented, createdKeyDocumented, savedSearchDocumented];

export const meRoutes: ApiRoutes = {
  me: {
    GET: { summary: 'Who I am, and my preferences', access: 'user', answers: { 200: json('The signed-in user.', meResponseSchema) } },
    PATCH: {
      summary: 'Change my name, email or preferences',
      access: 'user',
      body: updateProfileSchema,
      answers: { 200: json('The user as changed.', meResponseSchema) },
      errors: { 409: 'Another account has this email.' },
    },
  },
  'me/password': {
    POST: {
      summary: 'Change my password (the current one required), optionally ending my other sessions and revoking my API keys',
      access: 'user',
      body: changePasswordSchema,
      answers: { 200: json('Changed; how many sessions ended and keys were revoked.', z.object({ endedSessions: z.number().int(), revokedApiKeys: z.number().int() })) },
      errors: { 429: 'Too many attempts (Retry-After).' },
      description: 'A wrong current password answers 422 naming currentPassword.',
    },
  },
  'me/sessions': { GET: { summary: 'My live sessions (browsers and token clients)', access: 'user', answers: { 200: json('Newest first; `current` marks this one.', sessionsSchema) } } },
  'me/sessions/[id]': { DELETE: { summary: 'Revoke one of my sessions', access: 'user', answers: { 200: json('Revoked.', okResponseSchema) } } },
  'me/api-keys': {
    GET: { summary: 'My API keys, revoked ones included (never their secrets)', access: 'user', answers: { 200: json('The keys.', apiKeysSchema) } },
    POST: {
      summary: 'Create an API key (from a browser session); the secret is in this answer only',
      access: 'user',
      body: createApiKeySchema,
      answers: { 201: json('The key and its secret.', createdApiKeySchema) },
      errors: { 403: 'Only a browser session may create keys, and a read-only key may not write.' },
    },
  },
  'me/api-keys/[id]': {
    DELETE: { summary: 'Delete one of my API keys (from a browser session)', access: 'user', answers: { 200: json('Deleted.', okResponseSchema) }, errors: { 403: 'Only a browser session may delete keys.' } },
  },
  'me/saved-searches': {
    GET: { summary: 'My saved catalogue searches, by name', access: 'user', answers: { 200: json('The saved searches.', z.object({ items: z.array(savedSearchViewSchema) })) } },
    POST: {
      summary: "Save the catalogue's query string under a name (at most 100)",
      access: 'user',
      body: savedSearchInputSchema,
      answers: { 201: json('The saved search.', savedSearchViewSchema) },
      errors: { 409: 'The name is taken, or 100 are saved already.' },
    },
  },
  'me/saved-searches/[id]': { DELETE: { summary: 'Delete one of my saved searches', access: 'user', answers: { 200: json('Deleted.', okResponseSchema) } } },
};
