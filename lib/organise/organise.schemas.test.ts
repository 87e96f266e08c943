import { describe, expect, it } from 'vitest';
import { castTagOf, entityCreateSchema, normaliseAliases, videoOrganisePatchSchema } from './organise.schemas';

describe('organise rules', () => {
  it('trims aliases, drops blanks and case-insensitive repeats (first spelling kept), and never keeps the name itself', () => {
    expect(normaliseAliases([' JD ', 'jd', '', '  ', 'Jane', 'JANE D', 'jane d'], 'jane')).toEqual(['JD', 'JANE D']);
  });

  it('gives the cast-size tag from the performer count', () => {
    expect([0, 1, 2, 3, 12].map(castTagOf)).toEqual([null, 'solo', 'duo', 'group', 'group']);
  });

  it('accepts real dates only, and refuses more than 50 distinct aliases', () => {
    expect(videoOrganisePatchSchema.safeParse({ releaseDate: '2024-02-29' }).success).toBe(true);
    expect(videoOrganisePatchSchema.safeParse({ releaseDate: '2023-02-29' }).success).toBe(false);
    expect(videoOrganisePatchSchema.safeParse({ releaseDate: '2023-13-01' }).success).toBe(false);
    expect(entityCreateSchema.safeParse({ name: 'x', aliases: Array.from({ length: 60 }, () => 'same') }).success).toBe(true);
    expect(entityCreateSchema.safeParse({ name: 'x', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }).success).toBe(false);
  });
});
