import { describe, expect, it } from 'vitest';
import { formatNumber, formatWithUnit } from '../../../shared/results/format';
import { statusOf } from '../../../shared/results/status';

const atLeast = (targetValue: number | null, tolerance = 0) => ({ targetValue, targetDirection: 'at_least' as const, tolerance });
const atMost = (targetValue: number, tolerance = 0) => ({ targetValue, targetDirection: 'at_most' as const, tolerance });

describe('status against the target', () => {
  it('is green at or above an at-least target, yellow within the tolerance, red beyond', () => {
    expect(statusOf(100, atLeast(100, 10))).toBe('green');
    expect(statusOf(120, atLeast(100, 10))).toBe('green');
    expect(statusOf(90, atLeast(100, 10))).toBe('yellow');
    expect(statusOf(89.9, atLeast(100, 10))).toBe('red');
    expect(statusOf(99.9, atLeast(100))).toBe('red');
  });

  it('is green at or below an at-most target (days of waiting)', () => {
    expect(statusOf(14, atMost(14, 7))).toBe('green');
    expect(statusOf(6.5, atMost(14, 7))).toBe('green');
    expect(statusOf(21, atMost(14, 7))).toBe('yellow');
    expect(statusOf(21.5, atMost(14, 7))).toBe('red');
  });

  it('compares shares computed in floating point without rounding surprises', () => {
    // 2 of 3 is 66.666…; a target of 200/3 is met.
    expect(statusOf((2 / 3) * 100, atLeast(200 / 3))).toBe('green');
    expect(statusOf(0.1 + 0.2, atMost(0.3))).toBe('green');
  });

  it('has no colour without a target or a value', () => {
    expect(statusOf(null, atLeast(100))).toBe('none');
    expect(statusOf(5, atLeast(null))).toBe('none');
  });
});

describe('Swedish numbers', () => {
  it('writes a decimal comma and drops trailing zeros', () => {
    expect(formatNumber(87.5)).toBe('87,5');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(200 / 3)).toBe('66,7');
    expect(formatNumber(200 / 3, 2)).toBe('66,67');
    expect(formatNumber(-0.01)).toBe('0');
    expect(formatWithUnit(87.5, '%')).toBe('87,5 %');
    expect(formatWithUnit(14, 'dagar')).toBe('14 dagar');
  });
});
