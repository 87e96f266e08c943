import { ApiKeyScope, Role } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

export const emailSchema = z.email().max(254).transform((e) => e.toLowerCase());

/** NIST-style policy: length, not composition; refuse passwords from breach lists. */
export const newPasswordSchema = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(256, 'Use at most 256 characters.')
  .refine((p) => !isCommonPassword(p), 'This password is too common. Pick another one.');

export const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });

export const setupSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  password: newPasswordSchema,
});
export type SetupInput = z.infer<typeof setupSchema>;

export const registerSchema = z.object({
  invite: z.string().min(20).max(200),
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  password: newPasswordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const resetRequestSchema = z.object({ email: z.string().trim().max(254) });
export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: newPasswordSchema });
export const refreshSchema = z.object({ refreshToken: z.string().min(20).max(200) });

/** How the request proved who it is; API keys carry a scope, everything else is read-write. */
export type AuthVia = 'cookie' | 'token' | 'api_key';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The session row (browser or token family); null for API keys. */
  sessionId: string | null;
  via: AuthVia;
  scope: ApiKeyScope;
}

// Response schemas (the OpenAPI document, lib/api-docs/me.api.ts, checks them against the DTOs).

/** One of my live sessions; `current` is the one asking. */
export const sessionViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().meta({ description: 'browser or token' }),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });

/** An API key as its owner sees it: never the secret, only its first characters. */
export const apiKeyViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scope: z.enum(ApiKeyScope),
    lastUsedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });

/** POST /api/me/api-keys: the key and its secret, shown this once. */
export const createdApiKeySchema = z.object({ apiKey: apiKeyViewSchema, secret: z.string().meta({ description: 'sbk_…: send it as `Authorization: Bearer <secret>`.' }) });

/** Who signed in (login, setup, register). */
export const signedInUserSchema = z.object({ user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(Role) }) });
