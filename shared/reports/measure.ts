import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import type { Figure } from '../results/aggregate';
import { inPeriod, type Period } from '../results/periods';
import { daysBetween } from './elapsed';
import { hasSender, ReportKind } from './kinds';

/**
 * What a control fed by the register counts in a period, among the reports of its kind
 * that came in during the period:
 * - received: how many came in (antal lex Sarah-rapporter);
 * - investigated_within: the share whose utredning was done within `days` of coming in;
 * - feedback_within: the share of those with a known sender that got återkoppling within `days`.
 */
export const RegisterMetric = z.enum(['received', 'investigated_within', 'feedback_within'], { message: keyed('reports.measureMetricRequired') });
export type RegisterMetric = z.infer<typeof RegisterMetric>;

export const RegisterMeasure = z
  .object({
    kind: ReportKind,
    metric: RegisterMetric,
    days: z.number().int(keyed('reports.measureDaysWhole')).min(1, keyed('reports.measureDaysMin')).max(365, keyed('reports.measureDaysMax')).nullable(),
  })
  .refine((measure) => (measure.metric === 'received') === (measure.days === null), {
    message: keyed('reports.measureDaysForShare'),
    path: ['days'],
  })
  .refine((measure) => measure.metric !== 'feedback_within' || hasSender(measure.kind), {
    message: keyed('reports.measureFeedbackSender'),
    path: ['metric'],
  });
export type RegisterMeasure = z.infer<typeof RegisterMeasure>;

/** A report as a register-fed control reads it. */
export interface MeasuredReport {
  kind: ReportKind;
  receivedOn: string;
  investigatedOn: string | null;
  feedbackOn: string | null;
  anonymous: boolean;
}

const within = (from: string, to: string | null, days: number) => to !== null && daysBetween(from, to) <= days;

/** The control's figure for one period, in the shape checklist-fed figures have: a count, or a share in per cent. */
export function registerFigure(measure: RegisterMeasure, reports: readonly MeasuredReport[], period: Period): Figure {
  const own = reports.filter((report) => report.kind === measure.kind && inPeriod(report.receivedOn, period));
  if (measure.metric === 'received') return { aggregation: 'count', value: own.length, numerator: own.length, denominator: null, n: own.length };
  const days = measure.days ?? 0;
  const counted = measure.metric === 'feedback_within' ? own.filter((report) => !report.anonymous) : own;
  const hits = counted.filter((report) => within(report.receivedOn, measure.metric === 'feedback_within' ? report.feedbackOn : report.investigatedOn, days)).length;
  return {
    aggregation: 'share_within',
    value: counted.length === 0 ? null : (100 * hits) / counted.length,
    numerator: hits,
    denominator: counted.length,
    n: counted.length,
  };
}
