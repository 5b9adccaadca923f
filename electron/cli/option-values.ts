import { PlanYear } from '../../shared/domain/plan';
import { CliUsageError } from './command';

/** A flag the command cannot do without, trimmed; its absence is a usage error in Swedish. */
export function requiredOption(value: string | undefined, flag: string, what: string): string {
  if (!value?.trim()) throw new CliUsageError(`Ange ${what} med ${flag}.`);
  return value.trim();
}

/** --year as a plan year: four digits within the years a plan may have. */
export function yearOption(value: string | undefined): number {
  const text = requiredOption(value, '--year', 'året');
  const year = PlanYear.safeParse(/^\d+$/.test(text) ? Number(text) : Number.NaN);
  if (!year.success) throw CliUsageError.fromZod(year.error);
  return year.data;
}
