import { describe, expect, it } from 'vitest';
import { formatDateRange } from './album-format';

describe('formatDateRange', () => {
  it('says a range as briefly as its dates allow', () => {
    expect(formatDateRange('2024-07-03', '2024-07-03')).toBe('3 July 2024');
    expect(formatDateRange('2024-07-03', '2024-07-14')).toBe('3 – 14 July 2024');
    expect(formatDateRange('2024-07-03', '2024-09-01')).toBe('3 July – 1 September 2024');
    expect(formatDateRange('2023-12-31', '2024-01-01')).toBe('31 December 2023 – 1 January 2024');
    expect(formatDateRange(null, null)).toBeNull();
  });
});
