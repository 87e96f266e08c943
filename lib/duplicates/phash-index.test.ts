// The in-memory pHash index against a brute-force scan of the same hashes: lookups and the
// full self-join find exactly the pairs within the distance (the pigeonhole over three chunks
// must not lose one), at small sizes (linear scan) and past the table threshold.
import { randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hammingDistance } from './perception-hash';
import { PhashIndex } from './phash-index';
import { groupPairs } from './group-pairs';

function hashes(n: number, planted: number, maxFlip: number): bigint[] {
  const out = Array.from(randomFillSync(new BigUint64Array(n)));
  for (let i = 0; i < planted; i++) {
    let h = out[Math.floor(Math.random() * out.length)];
    const flips = 1 + Math.floor(Math.random() * maxFlip);
    for (let f = 0; f < flips; f++) h ^= 1n << BigInt(Math.floor(Math.random() * 64));
    out.push(h);
  }
  return out;
}

function bruteForce(all: bigint[], d: number): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (hammingDistance(all[i], all[j]) <= d) pairs.push(`${i}/${j}`);
  return pairs.sort();
}

describe('PhashIndex', () => {
  it.each([500, 40_000])('finds every pair within 8 bits and no other, at %i hashes', (n) => {
    const all = hashes(n, 200, 10);
    const index = new PhashIndex();
    for (const h of all) index.add(h);
    const found: string[] = [];
    index.allPairs(8, (a, b, d) => {
      expect(d).toBe(hammingDistance(all[a], all[b]));
      found.push(`${a}/${b}`);
    });
    const expected = n <= 500 ? bruteForce(all, 8) : bruteForce(all.slice(n - 500), 8).map((p) => p.split('/').map((x) => Number(x) + n - 500).join('/'));
    if (n <= 500) expect(found.sort()).toEqual(expected);
    else expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.length).toBeGreaterThan(150);
    for (let q = n; q < all.length; q += 37) {
      const hits = index.near(all[q], 8).map((h) => h.position).sort((a, b) => a - b);
      const truth = all.map((h, i) => [h, i] as const).filter(([h]) => hammingDistance(h, all[q]) <= 8).map(([, i]) => i);
      expect(hits).toEqual(truth);
    }
  });

  it('forgets a removed position and finds hashes added after the tables were built', () => {
    const all = hashes(40_000, 0, 0);
    const index = new PhashIndex();
    for (const h of all) index.add(h);
    index.build();
    const late = index.add(all[5] ^ 3n);
    expect(index.near(all[5], 4).map((h) => h.position).sort((a, b) => a - b)).toEqual([5, late]);
    index.remove(5);
    expect(index.near(all[5], 4).map((h) => h.position)).toEqual([late]);
  });
});

describe('groupPairs', () => {
  it('joins chains into one group and keeps separate groups apart', () => {
    expect(groupPairs([[3, 4], [1, 2], [2, 5], [9, 3]])).toEqual([[1, 2, 5], [3, 4, 9]]);
  });
});
