// A new API key: the secret is returned once, only its hash is kept.
import { ApiKeyScope } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';
import { insertApiKey } from './api-keys.queries';
import { newSecretToken } from './secret-token';

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(ApiKeyScope).default('read'),
});

export async function createApiKey(userId: string, input: z.infer<typeof createApiKeySchema>) {
  const { token, hash } = newSecretToken('sbk_');
  const apiKey = await insertApiKey(userId, { ...input, tokenHash: hash, prefix: token.slice(0, 10) });
  return { apiKey, secret: token };
}
