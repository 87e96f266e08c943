// The full rebuild (nightly cron `similar:rebuild`, and on demand from /admin): every video's
// tokens, then every user's df, N, vectors and profiles, in one transaction — readers keep the
// old vectors until it commits, and no refresh runs meanwhile (they share one lock). It also
// removes the small drift incremental refreshes leave in videos they did not touch.
import { buildUser, clearDirty, selectUserIds, raiseRebuildMemory, vacuumSimilar, withSimilarLock, writeTokens } from './similar-build.queries';

export interface RebuildProgress {
  step: 'tokens' | 'users';
  done: number;
  total: number;
}

export async function rebuildSimilar(onProgress: (p: RebuildProgress) => Promise<void> | void = () => {}): Promise<{ users: number; ms: number }> {
  const started = performance.now();
  const users = await withSimilarLock(async (tx) => {
    await raiseRebuildMemory(tx);
    await clearDirty(tx);
    await onProgress({ step: 'tokens', done: 0, total: 1 });
    await writeTokens(tx, null);
    const ids = await selectUserIds(tx);
    for (const [i, id] of ids.entries()) {
      await onProgress({ step: 'users', done: i, total: ids.length });
      await buildUser(tx, id);
    }
    await onProgress({ step: 'users', done: ids.length, total: ids.length });
    return ids.length;
  }, 600_000);
  await vacuumSimilar();
  return { users, ms: Math.round(performance.now() - started) };
}
