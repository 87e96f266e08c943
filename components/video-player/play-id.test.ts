import { describe, expect, it } from 'vitest';
import { newPlayId } from './play-id';

describe('newPlayId', () => {
  it('makes distinct version-4 UUIDs (also where randomUUID is missing)', () => {
    const ids = new Set(Array.from({ length: 50 }, newPlayId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
