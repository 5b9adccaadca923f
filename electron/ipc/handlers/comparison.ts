import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';

export function comparisonHandlers(repos: Repositories): DomainHandlers<'comparison'> {
  return {
    year: ({ year, qualityArea }) => repos.comparison.forYear(year, qualityArea || null),
  };
}
