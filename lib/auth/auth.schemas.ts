import type { ApiKeyScope, Role } from '@/lib/server/generated/prisma/enums';
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
