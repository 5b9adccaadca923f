import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { withoutPersonalData } from './free-text';
import { Id, Timestamp } from './ids';

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

export const PlanYear = z
  .number({ message: keyed('validation.planYearType') })
  .int(keyed('validation.planYearType'))
  .min(MIN_PLAN_YEAR, keyed('validation.planYearEarly'))
  .max(MAX_PLAN_YEAR, keyed('validation.planYearLate'));

export const PlanTitle = withoutPersonalData(
  z
    .string({ message: keyed('validation.planTitleMissing') })
    .trim()
    .min(2, keyed('validation.planTitleShort'))
    .max(200, keyed('validation.planTitleLong')),
);

export const Plan = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Plan = z.infer<typeof Plan>;

/** The title a new plan gets unless the user writes another. */
export function defaultPlanTitle(unitName: string, year: number): string {
  return `Kvalitetsplan ${year} – ${unitName}`;
}
