// When the walk leaves direct calls for the thread pool: calls that take what a cached stat
// takes keep it direct, however many, and so does a pause of the whole process; calls that
// wait on a disk move it, within a few dozen calls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WalkPace } from './walk-pace';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function calls(pace: WalkPace, n: number, msEach: number) {
  let turns = 0;
  for (let i = 0; i < n; i++) {
    vi.advanceTimersByTime(msEach);
    if (pace.counted()) turns += 1;
  }
  return turns;
}

describe('WalkPace', () => {
  it('stays direct while calls take a few microseconds, and gives the event loop a turn every few milliseconds', () => {
    const pace = new WalkPace();
    const turns = calls(pace, 100_000, 0.004); // 400 ms of cached stats
    expect(pace.direct).toBe(true);
    expect(turns).toBeGreaterThan(50);
  });

  it('does not count the time the walk was away', () => {
    const pace = new WalkPace();
    calls(pace, 31, 0.004);
    vi.advanceTimersByTime(500); // the scan had the thread
    pace.resume();
    calls(pace, 5000, 0.004);
    expect(pace.direct).toBe(true);
  });

  it('stays direct through a pause of the process (another program had the core)', () => {
    const pace = new WalkPace();
    calls(pace, 1000, 0.004);
    vi.advanceTimersByTime(300);
    calls(pace, 1000, 0.004);
    expect(pace.direct).toBe(true);
  });

  it('moves to the thread pool once calls wait on the disk', () => {
    const pace = new WalkPace();
    calls(pace, 40, 0.5); // a network share: half a millisecond a stat
    expect(pace.direct).toBe(true);
    calls(pace, 40, 0.5);
    expect(pace.direct).toBe(false);
  });
});
