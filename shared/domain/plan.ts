import { z } from 'zod';
import { withoutPersonalData } from './free-text';
import { Id, Timestamp } from './ids';

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

export const PlanYear = z
  .number({ message: 'Ange år med fyra siffror, till exempel 2026.' })
  .int('Ange år med fyra siffror, till exempel 2026.')
  .min(MIN_PLAN_YEAR, `Året måste vara ${MIN_PLAN_YEAR} eller senare.`)
  .max(MAX_PLAN_YEAR, `Året måste vara ${MAX_PLAN_YEAR} eller tidigare.`);

export const PlanTitle = withoutPersonalData(
  z
    .string({ message: 'Ange en rubrik för planen.' })
    .trim()
    .min(2, 'Planens rubrik måste ha minst 2 tecken.')
    .max(200, 'Planens rubrik får vara högst 200 tecken.'),
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
