/** The bench's figures, their baselines and targets, and the table they are printed as. Pure: tested on made-up numbers. */

export type Unit = 'ms' | 's' | 'MB' | 'B';

export interface Target {
  /** The figure must stay under this, in the figure's unit. */
  below?: number;
  /** The figure may be at most this many times its baseline. */
  maxRatio?: number;
}

export interface Figure {
  name: string;
  value: number;
  unit: Unit;
  baseline: { name: string; value: number } | null;
  target: Target | null;
}

/** The nearest-rank percentile (0-100) of a list of numbers in any order. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('No values to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function ratio(figure: Figure): number | null {
  if (!figure.baseline || figure.baseline.value <= 0) return null;
  return figure.value / figure.baseline.value;
}

/** Whether the figure meets every part of its target; null when it has none. */
export function meetsTarget(figure: Figure): boolean | null {
  const { target } = figure;
  if (!target) return null;
  const r = ratio(figure);
  const underLimit = target.below === undefined || figure.value < target.below;
  const withinRatio = target.maxRatio === undefined || (r !== null && r <= target.maxRatio);
  return underLimit && withinRatio;
}

export function formatValue(value: number, unit: Unit): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function formatTarget(figure: Figure): string {
  const parts: string[] = [];
  if (figure.target?.below !== undefined) parts.push(`< ${figure.target.below} ${figure.unit}`);
  if (figure.target?.maxRatio !== undefined) parts.push(`≤ ${figure.target.maxRatio}x`);
  return parts.join(', ') || '–';
}

const VERDICT = { true: 'yes', false: 'NO', null: '' } as const;

/** One row per figure, as cells: what was measured, the baseline, the ratio, the target and whether it was met. */
export function tableRows(figures: Figure[]): string[][] {
  return figures.map((figure) => {
    const r = ratio(figure);
    return [
      figure.name,
      formatValue(figure.value, figure.unit),
      figure.baseline ? `${formatValue(figure.baseline.value, figure.unit)} ${figure.baseline.name}` : '–',
      r === null ? '–' : `${r.toFixed(1)}x`,
      formatTarget(figure),
      VERDICT[String(meetsTarget(figure)) as keyof typeof VERDICT],
    ];
  });
}

const HEADER = ['Figure', 'Measured', 'Baseline (same run)', 'Ratio', 'Target', 'Met'];

/** The figures as a Markdown table, columns padded so it also reads well in a terminal. */
export function formatTable(figures: Figure[]): string {
  const rows = [HEADER, ...tableRows(figures)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The figures that missed their target, for the exit code and the closing line. */
export const missedTargets = (figures: Figure[]) => figures.filter((figure) => meetsTarget(figure) === false);
