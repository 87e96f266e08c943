import { describe, expect, it } from 'vitest';
import { firstUnderCap } from './first-under-cap';

const CAP = 100;
const sizes = (list: number[]) => async (attempt: string, i: number) => (list[i] > CAP ? { over: list[i] } : { made: attempt, bytes: list[i] });

describe('firstUnderCap', () => {
  it('keeps the first attempt that fits and tries no further', async () => {
    const tried: string[] = [];
    const result = await firstUnderCap(['15fps', '10fps', '320px'], async (a, i) => {
      tried.push(a);
      return sizes([250, 90, 40])(a, i);
    });
    expect(result).toEqual({ ok: true, attempt: '10fps', made: '10fps', bytes: 90 });
    expect(tried).toEqual(['15fps', '10fps']);
  });

  it('fails with the smallest size reached when nothing fits', async () => {
    expect(await firstUnderCap(['a', 'b', 'c'], sizes([300, 180, 120]))).toEqual({ ok: false, smallestBytes: 120 });
  });
});
