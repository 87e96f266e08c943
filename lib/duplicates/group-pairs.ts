// Near-duplicate pairs to groups: the connected components of the pairs (union-find with path
// halving), each group's members in ascending order, groups in order of their first member.
// A chain a~b~c is one group even when a and c are farther apart than the threshold: a burst
// of ten shots is one decision for the user, not forty-five pairs.
export function groupPairs<T extends number | string>(pairs: readonly (readonly [T, T])[]): T[][] {
  const parent = new Map<T, T>();
  const find = (x: T): T => {
    let p = parent.get(x) ?? x;
    while (p !== x) {
      const gp = parent.get(p) ?? p;
      parent.set(x, gp);
      x = p;
      p = gp;
    }
    return x;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<T, T[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const g = groups.get(r);
    if (g) g.push(x);
    else groups.set(r, [x]);
  }
  const sorted = [...groups.values()].map((g) => g.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  return sorted.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
