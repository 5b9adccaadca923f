import { describe, expect, it } from 'vitest';
import { curvesOf, formatCurves, growth, meetsCurve } from '../../scripts/bench/city-report';
import type { Figure } from '../../scripts/bench/report';

const at = (value: number, baseline: number): Figure => ({ name: 'Översikt, median', value, unit: 'ms', baseline: { name: 'one SQL query', value: baseline }, target: { below: 20 } });

describe('npm run bench -- --scale city: figures at 1x, 4x and 16x', () => {
  const flat = { below: 20, maxRatio: 2, maxGrowth: 2 };

  it('gathers each figure over the scales with its baselines and says how much it grew', () => {
    const [curve] = curvesOf([[at(5, 4)], [at(6, 16)], [at(8, 64)]], {});
    expect(curve).toMatchObject({ values: [5, 6, 8], baselines: { name: 'one SQL query', values: [4, 16, 64] }, target: { below: 20 } });
    expect(growth(curve!)).toBeCloseTo(1.6);
  });

  it('meets a target at the largest scale only when the growth stays within its bound too', () => {
    const [flatCurve] = curvesOf([[at(5, 4)], [at(6, 16)], [at(8, 64)]], { 'Översikt, median': flat });
    expect(meetsCurve(flatCurve!)).toBe(true);
    const [growing] = curvesOf([[at(2, 4)], [at(6, 16)], [at(8, 64)]], { 'Översikt, median': flat });
    expect(meetsCurve(growing!)).toBe(false);
    const [slowerThanSql] = curvesOf([[at(5, 4)], [at(6, 5)], [at(8, 3)]], { 'Översikt, median': flat });
    expect(meetsCurve(slowerThanSql!)).toBe(false);
  });

  it('prints one row per figure with every scale, the growth and the verdict', () => {
    const table = formatCurves(curvesOf([[at(5, 4)], [at(6, 16)], [at(8, 64)]], { 'Översikt, median': flat }));
    expect(table.split('\n')[2]).toMatch(/^\| Översikt, median \| 5\.00 ms \| 6\.00 ms \| 8\.00 ms \| 1\.60 +\| 64\.0 ms one SQL query +\| < 20 ms, ≤ 2x baseline, 16x\/1x ≤ 2 \| yes \|$/);
  });
});
