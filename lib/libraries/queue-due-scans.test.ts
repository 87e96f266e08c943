import { describe, expect, it } from 'vitest';
import { nextScheduledRun } from './queue-due-scans';

describe('nextScheduledRun', () => {
  it('finds the next due time of a cron schedule', () => {
    const after = new Date(2026, 0, 1, 2, 0, 0);
    expect(nextScheduledRun('0 3 * * *', after)).toEqual(new Date(2026, 0, 1, 3, 0, 0));
    expect(nextScheduledRun('*/15 * * * *', after)).toEqual(new Date(2026, 0, 1, 2, 15, 0));
  });
});
