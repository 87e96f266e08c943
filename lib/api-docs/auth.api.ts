// Signing in and out, first setup, invites, password resets: the doors of the API.
import { signedInUserSchema, credentialsSchema, refreshSchema, registerSchema, resetPasswordSchema, resetRequestSchema, setupSchema } from '@/lib/auth/auth.schemas';
import { z } from 'zod';
import { okResponseSchema } from './api-docs.schemas';
import { type ApiRoutes, json } from './operation';

const tokenPair = z.object({ accessToken: z.string(), refreshToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int() }).meta({ id: 'TokenPair' });
const rateLimited = { 429: 'Too many attempts from this address or for this account (Retry-After).' };

export const authRoutes: ApiRoutes = {
  'auth/login': {
    POST: {
      summary: 'Sign in with email and password (browsers)',
      description: 'Sets the HttpOnly session cookie and the device cookie that keeps this browser out of the account lockout.',
      access: 'public',
      body: credentialsSchema,
      answers: { 200: json('Signed in; the session cookie is set.', signedInUserSchema) },
      errors: { 401: 'Wrong email or password, or the account is disabled.', ...rateLimited },
    },
  },
  'auth/logout': {
    POST: { summary: 'End this session now', access: 'user', answers: { 200: json('Signed out; the cookie is cleared.', okResponseSchema) } },
  },
  'auth/register': {
    POST: {
      summary: 'Create an account from an invite',
      access: 'public',
      body: registerSchema,
      answers: { 201: json('Account made and signed in.', signedInUserSchema) },
      errors: { 400: 'The invite is unknown, used, revoked or expired.', ...rateLimited },
    },
  },
  'auth/token': {
    POST: {
      summary: 'Email and password → a 15-minute access token and a refresh token (non-browser clients)',
      access: 'public',
      body: credentialsSchema,
      answers: { 200: json('The token pair.', tokenPair) },
      errors: { 401: 'Wrong email or password, or the account is disabled.', ...rateLimited },
    },
  },
  'auth/refresh': {
    POST: {
      summary: 'Rotate a refresh token (a reused one revokes its whole family)',
      access: 'public',
      body: refreshSchema,
      answers: { 200: json('A new token pair.', tokenPair) },
      errors: { 401: 'Unknown, expired, revoked or reused refresh token.', ...rateLimited },
    },
  },
  'auth/forgot-password': {
    POST: {
      summary: 'Mail a reset link (the same answer whether or not the account exists)',
      access: 'public',
      body: resetRequestSchema,
      answers: { 202: json('Accepted; the message says what happens next.', z.object({ message: z.string() })) },
      errors: rateLimited,
    },
  },
  'auth/reset-password': {
    POST: {
      summary: 'Set a new password with a reset token; ends every session of the user',
      access: 'public',
      body: resetPasswordSchema,
      answers: { 200: json('Password changed.', okResponseSchema) },
      errors: { 400: 'The token is unknown, used or expired.', ...rateLimited },
    },
  },
  setup: {
    POST: {
      summary: 'Create the first administrator and sign them in',
      access: 'public',
      body: setupSchema,
      answers: { 201: json('The administrator, signed in.', signedInUserSchema) },
      errors: { 404: 'Already set up: a user exists.', 409: 'Another request set it up first.' },
    },
  },
};
