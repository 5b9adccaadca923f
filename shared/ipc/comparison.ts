import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { YearComparison } from '../comparison/year-comparison';
import { PlanYear } from '../domain/plan';
import { channel } from './channel';

/** The socialkontor's view of all its units. */
export const comparisonContract = {
  /** Without a quality area (or with a blank one) everything of the year is compared. */
  year: channel(
    'comparison:year',
    z
      .object({
        year: PlanYear,
        qualityArea: z.string().trim().max(200, keyed('validation.qualityAreaLong')).optional(),
      })
      .strict(),
    YearComparison,
  ),
  /** The kvalitetsbokslut PDF of the year (and quality area), written to the shared folder. */
  yearbook: channel(
    'comparison:yearbook',
    z
      .object({
        year: PlanYear,
        qualityArea: z.string().trim().max(200, keyed('validation.qualityAreaLong')).optional(),
      })
      .strict(),
    z.object({ fileName: z.string(), folder: z.string() }),
  ),
};
