import { eq, inArray } from 'drizzle-orm';
import type { ControlResults, PeriodResult, YearFigure } from '../../../shared/results/control-results';
import { periodOfIndex } from '../../../shared/results/periods';
import { RegisterMeasure, registerFigure, type MeasuredReport } from '../../../shared/reports/measure';
import type { ReportKind } from '../../../shared/reports/kinds';
import { statusOf } from '../../../shared/results/status';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { controlReportMeasures, reports } from '../../schema';
import { planIdOfControl } from '../plan/guard';
import { assertReportWork, parsed } from './guard';

export function measuresOf(db: AppDatabase, controlIds: readonly string[]): Map<string, RegisterMeasure> {
  if (controlIds.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(controlReportMeasures)
      .where(inArray(controlReportMeasures.controlId, [...controlIds]))
      .all()
      .map((row) => [row.controlId, { kind: row.kind as ReportKind, metric: row.metric as RegisterMeasure['metric'], days: row.days }]),
  );
}

function measuredReports(db: AppDatabase, planId: string): MeasuredReport[] {
  return db
    .select({ kind: reports.kind, receivedOn: reports.receivedOn, investigatedOn: reports.investigatedOn, feedbackOn: reports.feedbackOn, anonymous: reports.anonymous })
    .from(reports)
    .where(eq(reports.planId, planId))
    .all()
    .map((row) => ({ ...row, kind: row.kind as ReportKind }));
}

/** A period of a register-fed control: a manual value still overrides, as it does a checklist's figure. */
function measuredPeriod(result: PeriodResult, control: ControlResults, measure: RegisterMeasure, register: readonly MeasuredReport[]): PeriodResult {
  if (result.manual?.value !== null && result.manual?.value !== undefined) return result;
  const computed = registerFigure(measure, register, result.period);
  return { ...result, computed, value: computed.value, status: statusOf(computed.value, control), source: computed.value === null ? null : 'register' };
}

/** The same control in each year of the unit: a year whose control is measured from the register gets that year's figure from its own reports. */
function measuredYears(years: YearFigure[], control: ControlResults, measures: Map<string, RegisterMeasure>, registerOf: (planId: string) => MeasuredReport[]): YearFigure[] {
  return years.map((entry) => {
    const measure = measures.get(entry.controlId);
    if (!measure || entry.source === 'manual') return entry;
    const { value } = registerFigure(measure, registerOf(entry.planId), periodOfIndex(entry.year, 'year', 1));
    return { ...entry, value, status: statusOf(value, control), source: value === null ? null : 'register' };
  });
}

/**
 * The results of a plan's controls with those measured from the register given their
 * figures from it, the trend over years included: one query for the measures, and one
 * for each plan's reports when any of its controls has one.
 */
export function withRegisterFigures(db: AppDatabase, results: ControlResults[]): ControlResults[] {
  const measures = measuresOf(db, results.flatMap((result) => [result.controlId, ...result.years.map((entry) => entry.controlId)]));
  if (measures.size === 0) return results;
  const registers = new Map<string, MeasuredReport[]>();
  const registerOf = (planId: string) => {
    let register = registers.get(planId);
    if (!register) registers.set(planId, (register = measuredReports(db, planId)));
    return register;
  };
  return results.map((control) => {
    const measure = measures.get(control.controlId);
    const years = measuredYears(control.years, control, measures, registerOf);
    if (!measure) return { ...control, years };
    const periods = control.periods.map((period) => measuredPeriod(period, control, measure, registerOf(control.planId)));
    return { ...control, periods, latest: [...periods].reverse().find((period) => period.value !== null) ?? null, years };
  });
}

/** Which kind of report and figure a control is measured by; null makes it a control like any other again. */
export function createMeasureRepository(db: AppDatabase, clock: Clock) {
  return {
    get: (controlId: string): RegisterMeasure | null => measuresOf(db, [controlId]).get(controlId) ?? null,
    set(controlId: string, measure: RegisterMeasure | null): RegisterMeasure | null {
      const value = measure === null ? null : parsed(RegisterMeasure, measure);
      return db.transaction(() => {
        assertReportWork(db, planIdOfControl(db, controlId));
        if (value === null) {
          db.delete(controlReportMeasures).where(eq(controlReportMeasures.controlId, controlId)).run();
          return null;
        }
        const row = { controlId, ...value, updatedAt: clock.now() };
        db.insert(controlReportMeasures)
          .values(row)
          .onConflictDoUpdate({ target: controlReportMeasures.controlId, set: { kind: row.kind, metric: row.metric, days: row.days, updatedAt: row.updatedAt } })
          .run();
        return value;
      });
    },
  };
}
