import { type Algorithm, hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { newPasswordSchema } from './auth.schemas';
import { hashPassword, needsRehash, verifyPassword } from './password';

describe('password hashing', () => {
  it('flags weaker hashes for upgrade and keeps current ones', async () => {
    const weak = await hash('some password here', { algorithm: 2 as Algorithm, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    const argon2i = await hash('some password here', { algorithm: 1 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(await verifyPassword(weak, 'some password here')).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(argon2i)).toBe(true);
    expect(needsRehash(await hashPassword('some password here'))).toBe(false);
  });
});

describe('password policy', () => {
  it('accepts long passphrases without composition rules and refuses short or common ones', () => {
    expect(newPasswordSchema.safeParse('correct horse battery staple').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(64)).success).toBe(true);
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
    expect(isCommonPassword('Password1')).toBe(true);
    const common = newPasswordSchema.safeParse('password1');
    expect(common.success).toBe(false);
    expect(common.error?.issues[0]?.message).toMatch(/common/);
  });
});
