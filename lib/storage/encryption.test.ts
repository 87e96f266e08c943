import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHUNK_PLAIN, DamagedObjectError, decryptBuffer, encryptBuffer, encryptionKey, plainSize, storedSize } from './encryption';

describe('encrypted object sizes', () => {
  it('gives back the plaintext size from the stored size, at and around chunk boundaries', () => {
    for (const n of [0, 1, CHUNK_PLAIN - 1, CHUNK_PLAIN, CHUNK_PLAIN + 1, 3 * CHUNK_PLAIN, 3 * CHUNK_PLAIN + 7]) {
      expect(plainSize(storedSize(n)), String(n)).toBe(n);
    }
  });

  it('matches what encryption really writes, and refuses a length no object can have', () => {
    const key = encryptionKey(randomBytes(32));
    const data = randomBytes(2 * CHUNK_PLAIN + 5);
    const stored = encryptBuffer(key, 'preview/a.jpg', data);
    expect(stored.length).toBe(storedSize(data.length));
    expect(decryptBuffer(key, 'preview/a.jpg', stored).equals(data)).toBe(true);
    expect(() => plainSize(24 + 10)).toThrow(DamagedObjectError); // shorter than one tag
  });
});
