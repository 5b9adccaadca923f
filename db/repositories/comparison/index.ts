import { compareUnits, type YearComparison } from '../../../shared/comparison';
import type { AppDatabase } from '../../connection';
import { yearFigures } from './unit-figures';

/** The socialkontor's view: every unit's plan of a year side by side. */
export function createComparisonRepository(db: AppDatabase) {
  return {
    /** `qualityArea` (any case) narrows the figures to what lies under risks tagged with it. */
    forYear(year: number, qualityArea: string | null = null): YearComparison {
      const { figures, unitsWithoutPlan } = yearFigures(db, year);
      return compareUnits(figures, { year, qualityArea, unitsWithoutPlan });
    },
  };
}
