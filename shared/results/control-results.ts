import { z } from 'zod';
import { Id } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { MeasureFrequency, MeasureKind, MeasureMethod } from '../domain/plan-enums';
import { Aggregation } from '../checklists/kinds';
import { Figure } from './aggregate';
import { ManualResult } from './manual';
import { Period, PeriodKind } from './periods';
import { ResultStatus, TargetDirection } from './status';

/** Where a period's value comes from: the checklist answers, a manual result, the register of reports, or nowhere yet. */
export const ResultSource = z.enum(['checklist', 'manual', 'register']);
export type ResultSource = z.infer<typeof ResultSource>;

export const PeriodResult = z.object({
  period: Period,
  value: z.number().nullable(),
  status: ResultStatus,
  source: ResultSource.nullable(),
  computed: Figure.nullable(),
  manual: ManualResult.nullable(),
});
export type PeriodResult = z.infer<typeof PeriodResult>;

/** The same control in another year's plan of the unit (matched by its definition), with that year's figure. */
export const YearFigure = z.object({
  year: z.number().int(),
  planId: Id,
  controlId: Id,
  value: z.number().nullable(),
  status: ResultStatus,
  source: ResultSource.nullable(),
});
export type YearFigure = z.infer<typeof YearFigure>;

export const FeedingItem = z.object({
  itemId: Id,
  templateId: Id,
  templateName: z.string(),
  version: z.number().int(),
  text: z.string(),
  aggregation: Aggregation,
  limitValue: z.number().nullable(),
});
export type FeedingItem = z.infer<typeof FeedingItem>;

export const ControlResults = z.object({
  controlId: Id,
  planId: Id,
  processName: z.string(),
  riskId: Id,
  riskText: z.string(),
  definition: z.string(),
  method: MeasureMethod,
  frequency: MeasureFrequency,
  measureKind: MeasureKind,
  targetValue: z.number().nullable(),
  targetUnit: z.string(),
  targetDirection: TargetDirection,
  tolerance: z.number(),
  periodKind: PeriodKind,
  /** How the checklist answers are counted (the newest feeding item's way); null when no item feeds the control. */
  aggregation: Aggregation.nullable(),
  limitValue: z.number().nullable(),
  feedingItems: z.array(FeedingItem),
  periods: z.array(PeriodResult),
  /** The last period of the year that has a value. */
  latest: PeriodResult.nullable(),
  /** The whole year's figure, this year and every other year of the unit that has the control, oldest first. */
  years: z.array(YearFigure),
});
export type ControlResults = z.infer<typeof ControlResults>;

export const PlanResults = z.object({
  planId: Id,
  unitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  /** The period kind asked for; null when each control follows its own measuring frequency. */
  periodKind: PeriodKind.nullable(),
  controls: z.array(ControlResults),
});
export type PlanResults = z.infer<typeof PlanResults>;

export const DrillDownAnswer = z.object({
  itemId: Id,
  value: z.union([z.number(), z.string(), z.array(z.string())]),
  comment: z.string(),
  answeredAt: z.string(),
});

/** A period's result of one control with the answers behind it: the items that feed it and every run's cases. */
export const DrillDown = z.object({
  controlId: Id,
  ...PeriodResult.shape,
  items: z.array(FeedingItem.extend({ kind: z.string(), unit: z.string() })),
  runs: z.array(
    z.object({
      runId: Id,
      date: IsoDate,
      context: z.string(),
      runBy: z.string(),
      team: z.string(),
      templateName: z.string(),
      version: z.number().int(),
      cases: z.array(z.object({ caseId: Id, caseRef: z.string(), answers: z.array(DrillDownAnswer) })),
    }),
  ),
});
export type DrillDown = z.infer<typeof DrillDown>;
