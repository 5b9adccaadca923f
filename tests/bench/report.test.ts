import { describe, expect, it } from 'vitest';
import { formatTable, meetsTarget, missedTargets, percentile, ratio, tableRows, type Figure } from '../../scripts/bench/report';

const figure = (overrides: Partial<Figure>): Figure => ({
  name: 'Answer write, p99',
  value: 3,
  unit: 'ms',
  baseline: { name: 'raw insert', value: 2 },
  target: { below: 5 },
  ...overrides,
});

describe('npm run bench: figures and their table', () => {
  it('takes nearest-rank percentiles of numbers in any order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(() => percentile([], 50)).toThrow();
  });

  it('gives each figure its ratio to the baseline of the same run, and none without one', () => {
    expect(ratio(figure({ value: 3, baseline: { name: 'raw', value: 2 } }))).toBe(1.5);
    expect(ratio(figure({ baseline: null }))).toBeNull();
    expect(ratio(figure({ baseline: { name: 'raw', value: 0 } }))).toBeNull();
  });

  it('meets a target only when under the limit and within the ratio, both when both are set', () => {
    expect(meetsTarget(figure({ value: 4.9 }))).toBe(true);
    expect(meetsTarget(figure({ value: 5 }))).toBe(false);
    const aggregate = { target: { below: 50, maxRatio: 2 } };
    expect(meetsTarget(figure({ ...aggregate, value: 30, baseline: { name: 'sql', value: 20 } }))).toBe(true);
    expect(meetsTarget(figure({ ...aggregate, value: 30, baseline: { name: 'sql', value: 10 } }))).toBe(false);
    expect(meetsTarget(figure({ ...aggregate, value: 60, baseline: { name: 'sql', value: 59 } }))).toBe(false);
    expect(meetsTarget(figure({ ...aggregate, baseline: null }))).toBe(false);
    expect(meetsTarget(figure({ target: null }))).toBeNull();
  });

  it('prints one row per figure with value, baseline, ratio, target and verdict', () => {
    const figures = [
      figure({ name: 'Answer write, p50', value: 1.234, baseline: { name: 'raw insert', value: 0.617 }, target: null }),
      figure({ name: 'Export', value: 2.5, unit: 's', baseline: { name: 'write + read back', value: 0.05 }, target: { below: 2 } }),
      figure({ name: 'Overview', value: 123.4, baseline: { name: 'one SQL query', value: 100 }, target: { below: 50, maxRatio: 2 } }),
    ];
    expect(tableRows(figures)).toEqual([
      ['Answer write, p50', '1.23 ms', '0.62 ms raw insert', '2.0x', '–', ''],
      ['Export', '2.50 s', '0.05 s write + read back', '50.0x', '< 2 s', 'NO'],
      ['Overview', '123 ms', '100 ms one SQL query', '1.2x', '< 50 ms, ≤ 2x', 'NO'],
    ]);
    expect(missedTargets(figures).map((missed) => missed.name)).toEqual(['Export', 'Overview']);

    const lines = formatTable(figures).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\| Figure +\| Measured +\| Baseline \(same run\) +\| Ratio \| Target +\| Met \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|-+\|$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[3]).toContain('| 2.50 s ');
  });
});
