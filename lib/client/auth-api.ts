// Typed fetchers of signing in and out (app/api/auth/*, app/api/setup): each request is the
// input of the route's zod schema, each answer the type of the operation behind it.
import type { z } from 'zod';
import type { credentialsSchema, registerSchema, resetPasswordSchema, resetRequestSchema, setupSchema } from '@/lib/auth/auth.schemas';
import type { createFirstAdmin } from '@/lib/auth/create-first-admin';
import type { loginWithPassword } from '@/lib/auth/login-with-password';
import type { registerWithInvite } from '@/lib/users/register-with-invite';
import { apiFetch } from './api';

type SignedInUser = Awaited<ReturnType<typeof loginWithPassword>>['user'];

export const logIn = (input: z.input<typeof credentialsSchema>) =>
  apiFetch<{ user: SignedInUser }>('/api/auth/login', { method: 'POST', json: input });

export const logOut = () => apiFetch<{ ok: true }>('/api/auth/logout', { method: 'POST' });

/** Creates the first administrator and signs this browser in as them. */
export const setUp = (input: z.input<typeof setupSchema>) =>
  apiFetch<{ user: Awaited<ReturnType<typeof createFirstAdmin>> }>('/api/setup', { method: 'POST', json: input });

/** Creates an account from an invite and signs this browser in. */
export const registerWithInviteLink = (input: z.input<typeof registerSchema>) =>
  apiFetch<{ user: Awaited<ReturnType<typeof registerWithInvite>> }>('/api/auth/register', { method: 'POST', json: input });

/** The answer is the same whether or not the address has an account. */
export const askForPasswordReset = (input: z.input<typeof resetRequestSchema>) =>
  apiFetch<{ message: string }>('/api/auth/forgot-password', { method: 'POST', json: input });

export const resetPassword = (input: z.input<typeof resetPasswordSchema>) =>
  apiFetch<{ ok: true }>('/api/auth/reset-password', { method: 'POST', json: input });
