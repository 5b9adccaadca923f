import { eq } from 'drizzle-orm';
import type { ControlResults, PlanResults } from '../../../shared/results/control-results';
import type { PeriodKind } from '../../../shared/results/periods';
import type { AppDatabase } from '../../connection';
import { units } from '../../schema';
import { planIdOfControl, planRow } from '../plan/guard';
import { withRegisterFigures } from '../reports/measures';
import { countedItemIds, feedsOf, talliesOf } from './feeds';
import { controlResults, talliesByItem } from './figures';
import { manualResultsOf } from './manual';
import { controlsOfPlans, definitionKey, naturalPeriodKind, type ControlRow } from './plan-controls';
import { yearTrends } from './trend';

/**
 * Results of the given controls of one plan: one query for the feeding items, one for
 * the answers of the plan's year counted by item, month and value, one for the manual results, and the trend over years.
 */
function resultsOf(db: AppDatabase, unitId: string, year: number, rows: ControlRow[], kind: PeriodKind | null): ControlResults[] {
  const ids = rows.map((row) => row.controlId);
  const feeds = feedsOf(db, ids);
  const tallies = talliesByItem(talliesOf(db, countedItemIds(feeds.values()), year));
  const manuals = manualResultsOf(db, ids);
  const trends = yearTrends(db, unitId, rows);
  return withRegisterFigures(
    db,
    rows.map((row) => ({
      ...controlResults(row, kind ?? naturalPeriodKind(row.frequency), feeds.get(row.controlId), tallies, manuals),
      years: trends.get(definitionKey(row.definition)) ?? [],
    })),
  );
}

/** Every control of a plan with its figures per period; `kind` null follows each control's own frequency. */
export function planResults(db: AppDatabase, planId: string, kind: PeriodKind | null): PlanResults {
  const plan = planRow(db, planId);
  const unitName = db.select({ name: units.name }).from(units).where(eq(units.id, plan.unitId)).get()?.name ?? '';
  return {
    planId,
    unitId: plan.unitId,
    unitName,
    year: plan.year,
    periodKind: kind,
    controls: resultsOf(db, plan.unitId, plan.year, controlsOfPlans(db, [planId]), kind),
  };
}

export function oneControlResults(db: AppDatabase, controlId: string, kind: PeriodKind | null): ControlResults {
  const plan = planRow(db, planIdOfControl(db, controlId));
  const row = controlsOfPlans(db, [plan.id]).filter((control) => control.controlId === controlId);
  return resultsOf(db, plan.unitId, plan.year, row, kind)[0]!;
}
