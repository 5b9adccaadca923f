import { formatValue, meetsTarget, type Figure, type Target, type Unit } from './report';

/** The data sizes the city scale measures at, as multiples of the smallest: 16x is the full city. */
export const SCALES = [1, 4, 16] as const;

/** One figure measured at every scale, with its baseline of the same run at each. */
export interface Curve {
  name: string;
  unit: Unit;
  values: number[];
  baselines: { name: string; values: number[] } | null;
  /** Met at the largest scale; `maxGrowth` bounds the cost at 16x over the cost at 1x. */
  target: (Target & { maxGrowth?: number }) | null;
}

export const growth = (curve: Curve) => curve.values.at(-1)! / curve.values[0]!;

/** The figure at the largest scale, as the plain bench reports it, for the target check. */
const atFull = (curve: Curve): Figure => ({
  name: curve.name,
  value: curve.values.at(-1)!,
  unit: curve.unit,
  baseline: curve.baselines ? { name: curve.baselines.name, value: curve.baselines.values.at(-1)! } : null,
  target: curve.target,
});

export function meetsCurve(curve: Curve): boolean | null {
  if (!curve.target) return null;
  const grows = curve.target.maxGrowth === undefined || growth(curve) <= curve.target.maxGrowth;
  return meetsTarget(atFull(curve)) !== false && grows;
}

function targetText(curve: Curve): string {
  const t = curve.target;
  if (!t) return '–';
  return [
    t.below !== undefined ? `< ${t.below} ${curve.unit}` : '',
    t.maxRatio !== undefined ? `≤ ${t.maxRatio}x baseline` : '',
    t.maxGrowth !== undefined ? `16x/1x ≤ ${t.maxGrowth}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const HEADER = ['Figure', ...SCALES.map((s) => `${s}x`), '16x / 1x', 'Baseline at 16x (same run)', 'Target', 'Met'];

/** The curves as a Markdown table: each figure at 1x, 4x and 16x and how much it grew. */
export function formatCurves(curves: Curve[]): string {
  const rows = [
    HEADER,
    ...curves.map((curve) => {
      const met = meetsCurve(curve);
      return [
        curve.name,
        ...curve.values.map((value) => formatValue(value, curve.unit)),
        `${growth(curve).toFixed(2)}`,
        curve.baselines ? `${formatValue(curve.baselines.values.at(-1)!, curve.unit)} ${curve.baselines.name}` : '–',
        targetText(curve),
        met === null ? '' : met ? 'yes' : 'NO',
      ];
    }),
  ];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** Figures measured once per scale, gathered into one curve per figure name, in the order first seen. */
export function curvesOf(perScale: Figure[][], targets: Record<string, Curve['target']>): Curve[] {
  return perScale[0]!.map((first) => {
    const same = perScale.map((figures) => figures.find((figure) => figure.name === first.name)!);
    return {
      name: first.name,
      unit: first.unit,
      values: same.map((figure) => figure.value),
      baselines: first.baseline ? { name: first.baseline.name, values: same.map((figure) => figure.baseline!.value) } : null,
      target: targets[first.name] ?? first.target,
    };
  });
}
