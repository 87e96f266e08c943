import { Role } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '@/lib/auth/auth.schemas';

export const userIdParamsSchema = z.object({ id: z.uuid() });

export const createInviteSchema = z.object({
  email: z.preprocess((v) => (v === '' ? undefined : v), emailSchema.optional()),
  role: z.enum(Role).default('user'),
  expiresInDays: z.coerce.number().int().min(1).max(90).default(7),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const updateUserSchema = z
  .object({ role: z.enum(Role).optional(), disabled: z.boolean().optional() })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, 'Nothing to change.');

export const updateProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    email: emailSchema.optional(),
    /** Needed to change the email: a session alone must not be enough to take over an account. */
    currentPassword: z.string().max(256).optional(),
    /** Safe-for-work previews: blur posters, sprites and teasers in every list until pointed at. */
    blurPreviews: z.boolean({ error: 'Say true or false.' }).optional(),
  })
  .refine((v) => v.name !== undefined || v.email !== undefined || v.blurPreviews !== undefined, 'Nothing to change.');

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
  endOtherSessions: z.boolean().default(false),
});

// Response schemas (the OpenAPI document, lib/api-docs/users.api.ts, checks them against the DTOs).

/** An account as an administrator sees it. */
export const adminUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(Role),
    disabledAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    /** Mail off: when the user asked for a reset link an admin has not made yet. */
    resetRequestedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AdminUser' });

/** GET/PATCH /api/me: who I am and my preferences. */
export const meResponseSchema = z
  .object({ user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(Role), blurPreviews: z.boolean() }) })
  .meta({ id: 'Me' });

/** A pending invite (never its token). */
export const inviteSchema = z
  .object({ id: z.uuid(), email: z.string().nullable(), role: z.enum(Role), expiresAt: z.iso.datetime(), createdAt: z.iso.datetime() })
  .meta({ id: 'Invite' });

/** POST /api/admin/invites: the link to hand over (its only copy) and whether it was mailed. */
export const createdInviteSchema = z.object({ invite: inviteSchema, url: z.url(), mailed: z.boolean() });
