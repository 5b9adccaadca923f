import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../shared/results/aggregate';

describe('aggregation of answers', () => {
  it('gives the share of yes among yes and no, leaving not applicable out', () => {
    // 3 yes, 1 no, 2 not applicable: 3 / 4 = 75 %, not 3 / 6.
    expect(aggregate('share_yes', ['yes', 'na', 'no', 'yes', 'na', 'yes'])).toEqual({ aggregation: 'share_yes', value: 75, numerator: 3, denominator: 4, n: 6 });
    expect(aggregate('count_yes', ['yes', 'na', 'no', 'yes'])).toMatchObject({ value: 2, denominator: 3, n: 4 });
  });

  it('has no value when nothing counts', () => {
    expect(aggregate('share_yes', ['na', 'na'])).toEqual({ aggregation: 'share_yes', value: null, numerator: 0, denominator: 0, n: 2 });
    expect(aggregate('share_yes', [])).toMatchObject({ value: null, n: 0 });
    for (const aggregation of ['count', 'sum', 'mean', 'median', 'share_within'] as const) {
      expect(aggregate(aggregation, [], 14)).toMatchObject({ value: null, n: 0 });
    }
  });

  it('counts, sums and averages numbers', () => {
    const days = [10, 20, 3, 7];
    expect(aggregate('count', days)).toMatchObject({ value: 4, n: 4 });
    expect(aggregate('sum', days)).toMatchObject({ value: 40, numerator: 40, denominator: 4 });
    expect(aggregate('mean', days)).toMatchObject({ value: 10, numerator: 40, denominator: 4 });
  });

  it('takes the median of an odd count, and the mean of the middle two of an even count', () => {
    expect(aggregate('median', [9, 1, 5]).value).toBe(5);
    // sorted 3, 7, 10, 20: (7 + 10) / 2
    expect(aggregate('median', [10, 20, 3, 7]).value).toBe(8.5);
    expect(aggregate('median', [4]).value).toBe(4);
  });

  it('gives the share within a limit, the limit itself included', () => {
    // 14 counts as within 14 days; 15 does not: 3 of 5 = 60 %.
    expect(aggregate('share_within', [14, 15, 3, 30, 0], 14)).toEqual({ aggregation: 'share_within', value: 60, numerator: 3, denominator: 5, n: 5 });
  });

  it('ignores values of another kind', () => {
    expect(aggregate('sum', [2, 'yes', ['a'], '3', 5])).toMatchObject({ value: 7, n: 2 });
    expect(aggregate('share_yes', ['yes', 4, 'ja'])).toMatchObject({ value: 100, n: 1 });
  });
});
