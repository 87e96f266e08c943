import { describe, expect, it } from 'vitest';
import { toggleSelection } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('catalogue selection', () => {
  it('ticks one card, and a shift-click ticks the run from the last one clicked', () => {
    const one = toggleSelection(new Set(), order, 'b', null, false);
    expect([...one]).toEqual(['b']);
    expect([...toggleSelection(one, order, 'd', 'b', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...toggleSelection(one, order, 'a', 'b', true)].sort()).toEqual(['a', 'b']);
  });

  it('unticks a run when the clicked card was ticked, and ignores an anchor from another page', () => {
    const all = new Set(order);
    expect([...toggleSelection(all, order, 'd', 'b', true)].sort()).toEqual(['a', 'e']);
    expect([...toggleSelection(new Set(['x']), order, 'c', 'x', true)].sort()).toEqual(['c', 'x']);
  });
});
