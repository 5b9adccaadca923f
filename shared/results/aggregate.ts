import { z } from 'zod';
import { Aggregation } from '../checklists/kinds';

/**
 * A figure computed from answers. For shares, numerator / denominator x 100 = value;
 * n is how many answers were looked at (for yes/no items including "ej aktuellt").
 */
export const Figure = z.object({
  aggregation: Aggregation,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  n: z.number().int(),
});
export type Figure = z.infer<typeof Figure>;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ofYesNo(aggregation: 'share_yes' | 'count_yes', values: unknown[]): Figure {
  const yes = values.filter((v) => v === 'yes').length;
  const no = values.filter((v) => v === 'no').length;
  const na = values.filter((v) => v === 'na').length;
  const denominator = yes + no;
  const n = yes + no + na;
  if (denominator === 0) return { aggregation, value: null, numerator: yes, denominator, n };
  const value = aggregation === 'share_yes' ? (yes / denominator) * 100 : yes;
  return { aggregation, value, numerator: yes, denominator, n };
}

function ofNumbers(aggregation: Exclude<Aggregation, 'share_yes' | 'count_yes'>, values: unknown[], limit: number | null): Figure {
  const numbers = values.filter(isNumber);
  const n = numbers.length;
  if (n === 0) return { aggregation, value: null, numerator: null, denominator: 0, n };
  const sum = numbers.reduce((total, value) => total + value, 0);
  switch (aggregation) {
    case 'count':
      return { aggregation, value: n, numerator: n, denominator: n, n };
    case 'sum':
      return { aggregation, value: sum, numerator: sum, denominator: n, n };
    case 'mean':
      return { aggregation, value: sum / n, numerator: sum, denominator: n, n };
    case 'median':
      return { aggregation, value: median([...numbers].sort((a, b) => a - b)), numerator: null, denominator: n, n };
    case 'share_within': {
      if (limit === null) return { aggregation, value: null, numerator: null, denominator: n, n };
      const within = numbers.filter((value) => value <= limit).length;
      return { aggregation, value: (within / n) * 100, numerator: within, denominator: n, n };
    }
  }
}

/** The figure of a set of answer values (as stored: "yes" / "no" / "na", numbers, ...). */
export function aggregate(aggregation: Aggregation, values: unknown[], limit: number | null = null): Figure {
  return aggregation === 'share_yes' || aggregation === 'count_yes' ? ofYesNo(aggregation, values) : ofNumbers(aggregation, values, limit);
}

