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

/** How many answers gave one value: the unit both raw answers and the kept per-month tallies are counted in. */
export interface Tally {
  value: unknown;
  n: number;
}

function ofYesNo(aggregation: 'share_yes' | 'count_yes', tallies: Tally[]): Figure {
  const countOf = (wanted: string) => tallies.reduce((total, { value, n }) => (value === wanted ? total + n : total), 0);
  const yes = countOf('yes');
  const no = countOf('no');
  const na = countOf('na');
  const denominator = yes + no;
  const n = yes + no + na;
  if (denominator === 0) return { aggregation, value: null, numerator: yes, denominator, n };
  const value = aggregation === 'share_yes' ? (yes / denominator) * 100 : yes;
  return { aggregation, value, numerator: yes, denominator, n };
}

/** Each number once with how often it was given, smallest first: the same whatever order the answers came in. */
function numberCounts(tallies: Tally[]): Array<[value: number, n: number]> {
  const counts = new Map<number, number>();
  for (const { value, n } of tallies) if (isNumber(value) && n > 0) counts.set(value, (counts.get(value) ?? 0) + n);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/** The median of numbers given as sorted counts: the middle one, or the mean of the middle two. */
function medianOfCounts(counts: Array<[number, number]>, n: number): number {
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, count] of counts) if ((seen += count) > rank) return value;
    throw new Error(`No number at rank ${rank}`);
  };
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

function ofNumbers(aggregation: Exclude<Aggregation, 'share_yes' | 'count_yes'>, tallies: Tally[], limit: number | null): Figure {
  const counts = numberCounts(tallies);
  const n = counts.reduce((total, [, count]) => total + count, 0);
  if (n === 0) return { aggregation, value: null, numerator: null, denominator: 0, n };
  const sum = counts.reduce((total, [value, count]) => total + value * count, 0);
  switch (aggregation) {
    case 'count':
      return { aggregation, value: n, numerator: n, denominator: n, n };
    case 'sum':
      return { aggregation, value: sum, numerator: sum, denominator: n, n };
    case 'mean':
      return { aggregation, value: sum / n, numerator: sum, denominator: n, n };
    case 'median':
      return { aggregation, value: medianOfCounts(counts, n), numerator: null, denominator: n, n };
    case 'share_within': {
      if (limit === null) return { aggregation, value: null, numerator: null, denominator: n, n };
      const within = counts.reduce((total, [value, count]) => (value <= limit ? total + count : total), 0);
      return { aggregation, value: (within / n) * 100, numerator: within, denominator: n, n };
    }
  }
}

/** The figure of answers counted by value: exactly the figure of the same answers one by one. */
export function aggregateTallies(aggregation: Aggregation, tallies: Tally[], limit: number | null = null): Figure {
  return aggregation === 'share_yes' || aggregation === 'count_yes' ? ofYesNo(aggregation, tallies) : ofNumbers(aggregation, tallies, limit);
}

/** The figure of a set of answer values (as stored: "yes" / "no" / "na", numbers, ...). */
export function aggregate(aggregation: Aggregation, values: unknown[], limit: number | null = null): Figure {
  return aggregateTallies(aggregation, values.map((value) => ({ value, n: 1 })), limit);
}
