// The size ladder's driver: tries the attempts in order and keeps the first whose file fits.
// `tryOne` makes one attempt and answers its size in bytes, or `{ over: bytes }` when it was too
// large (having removed that file). Pure apart from `tryOne`, so the ladder is unit-tested.
export type AttemptOutcome<R> = { made: R; bytes: number } | { over: number };

export type LadderResult<A, R> = { ok: true; attempt: A; made: R; bytes: number } | { ok: false; smallestBytes: number };

export async function firstUnderCap<A, R>(attempts: readonly A[], tryOne: (attempt: A, index: number) => Promise<AttemptOutcome<R>>): Promise<LadderResult<A, R>> {
  let smallestBytes = Infinity;
  for (const [index, attempt] of attempts.entries()) {
    const outcome = await tryOne(attempt, index);
    if ('made' in outcome) return { ok: true, attempt, made: outcome.made, bytes: outcome.bytes };
    smallestBytes = Math.min(smallestBytes, outcome.over);
  }
  return { ok: false, smallestBytes };
}
