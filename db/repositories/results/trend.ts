import { eq } from 'drizzle-orm';
import type { YearFigure } from '../../../shared/results/control-results';
import type { ManualResult } from '../../../shared/results/manual';
import { periodOfIndex } from '../../../shared/results/periods';
import type { AppDatabase } from '../../connection';
import { plans } from '../../schema';
import { countedItemIds, feedsOf, yearTalliesOf } from './feeds';
import { manualFor, periodResult, talliesByItem } from './figures';
import { manualResultsOf } from './manual';
import { controlsOfPlans, definitionKey, type ControlRow } from './plan-controls';

/**
 * The whole-year figure of each control, in every plan of the unit. A control is followed
 * across years by its definition: a rollover copies it word for word, so the same words in
 * another year's plan of the same unit mean the same control. The first such control of a
 * plan counts. Each year loads only the tallies of its own plan's feeding items.
 */
export function yearTrends(db: AppDatabase, unitId: string, controlsOfYear: ControlRow[]): Map<string, YearFigure[]> {
  const planIds = db.select({ id: plans.id }).from(plans).where(eq(plans.unitId, unitId)).all().map((row) => row.id);
  const wanted = new Set(controlsOfYear.map((control) => definitionKey(control.definition)));
  const firstOfPlan = new Map<string, ControlRow>();
  for (const control of controlsOfPlans(db, planIds)) {
    const key = `${control.planId}|${definitionKey(control.definition)}`;
    if (wanted.has(definitionKey(control.definition)) && !firstOfPlan.has(key)) firstOfPlan.set(key, control);
  }
  const matched = [...firstOfPlan.values()];
  const ids = matched.map((control) => control.controlId);
  const feeds = feedsOf(db, ids);
  const manuals: ManualResult[] = manualResultsOf(db, ids).filter((manual) => manual.periodKind === 'year');
  const figures = new Map<string, YearFigure>();
  for (const year of new Set(matched.map((control) => control.year))) {
    const ofYear = matched.filter((control) => control.year === year);
    const tallies = talliesByItem(yearTalliesOf(db, countedItemIds(ofYear.flatMap((c) => feeds.get(c.controlId) ?? [])), year));
    for (const control of ofYear) {
      const period = periodOfIndex(year, 'year', 1);
      const result = periodResult(control, period, feeds.get(control.controlId), tallies, manualFor(manuals, control.controlId, period));
      figures.set(control.controlId, { year, planId: control.planId, controlId: control.controlId, value: result.value, status: result.status, source: result.source });
    }
  }
  const byKey = new Map<string, YearFigure[]>();
  for (const control of matched) {
    const key = definitionKey(control.definition);
    byKey.set(key, [...(byKey.get(key) ?? []), figures.get(control.controlId)!].sort((a, b) => a.year - b.year));
  }
  return byKey;
}
