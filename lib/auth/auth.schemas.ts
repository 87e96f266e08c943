import { z } from 'zod';

export const emailSchema = z.email().max(254).transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(8, 'Use at least 8 characters.').max(256);

export const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });

export const setupSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  password: passwordSchema,
});
export type SetupInput = z.infer<typeof setupSchema>;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'user';
  sessionId: string;
}
