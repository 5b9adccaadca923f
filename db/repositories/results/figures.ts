import { aggregateTallies } from '../../../shared/results/aggregate';
import type { ControlResults, PeriodResult } from '../../../shared/results/control-results';
import type { ManualResult } from '../../../shared/results/manual';
import { inPeriod, periodsOfYear, type Period, type PeriodKind } from '../../../shared/results/periods';
import { statusOf } from '../../../shared/results/status';
import { feedingItem, type FedTally, type Feed } from './feeds';
import type { ControlRow } from './plan-controls';

/** The tallies of each item, so a period looks only at the items that feed its control. */
export type TalliesByItem = Map<string, FedTally[]>;

export function talliesByItem(tallies: FedTally[]): TalliesByItem {
  const byItem: TalliesByItem = new Map();
  for (const tally of tallies) {
    const list = byItem.get(tally.itemId);
    if (list) list.push(tally);
    else byItem.set(tally.itemId, [tally]);
  }
  return byItem;
}

/**
 * One period's result. A manual result with a value overrides the figure computed from
 * the checklists for the same period; one with only an analysis complements it. Both
 * are always returned so the user can see either.
 */
export function periodResult(control: ControlRow, period: Period, feed: Feed | undefined, tallies: TalliesByItem, manual: ManualResult | null): PeriodResult {
  const computed = feed
    ? aggregateTallies(
        feed.aggregation,
        [...feed.countedItemIds].flatMap((itemId) => (tallies.get(itemId) ?? []).filter((tally) => tally.month === null || inPeriod(`${tally.month}-01`, period))),
        feed.limitValue,
      )
    : null;
  const manualValue = manual?.value ?? null;
  const value = manualValue ?? computed?.value ?? null;
  const source = manualValue !== null ? 'manual' : computed !== null && computed.value !== null ? 'checklist' : null;
  return { period, value, status: statusOf(value, control), source, computed, manual };
}

export function manualFor(manuals: ManualResult[], controlId: string, period: Period): ManualResult | null {
  return manuals.find((m) => m.controlId === controlId && m.periodKind === period.kind && m.periodStart === period.start) ?? null;
}

/** A control's result in every period of its plan's year (without the trend over years). */
export function controlResults(
  control: ControlRow,
  kind: PeriodKind,
  feed: Feed | undefined,
  tallies: TalliesByItem,
  manuals: ManualResult[],
): Omit<ControlResults, 'years'> {
  const periods = periodsOfYear(control.year, kind).map((period) => periodResult(control, period, feed, tallies, manualFor(manuals, control.controlId, period)));
  const latest = [...periods].reverse().find((result) => result.value !== null) ?? null;
  const { year: _year, ...fields } = control;
  return {
    ...fields,
    periodKind: kind,
    aggregation: feed?.aggregation ?? null,
    limitValue: feed?.limitValue ?? null,
    feedingItems: (feed?.items ?? []).map(feedingItem),
    periods,
    latest,
  };
}
