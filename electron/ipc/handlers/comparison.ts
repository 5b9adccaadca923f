import type { Repositories } from '../../../db/repositories';
import type { BundleService } from '../../services/bundle/bundle-service';
import type { DomainHandlers } from '../handler-types';

export function comparisonHandlers(repos: Repositories, bundles: BundleService): DomainHandlers<'comparison'> {
  return {
    year: ({ year, qualityArea }) => repos.comparison.forYear(year, qualityArea || null),
    yearbook: ({ year, qualityArea }) => bundles.yearbook(year, qualityArea || null),
  };
}
