import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { ControlResults, PeriodResult } from '../../../../shared/results/control-results';
import { formatWithUnit } from '../../../../shared/results/format';
import { MONTH_NAMES, type Period } from '../../../../shared/results/periods';
import type { Target } from '../../../../shared/results/status';
import { figureUnit } from '../../../../shared/comparison/figure-unit';

/** A control's figure in its unit, "87,5 %", "14 dagar", "3 st". */
export const figureText = (control: ControlResults, value: number) => formatWithUnit(value, figureUnit(control.targetUnit, control.aggregation));

/** "Minst 100 %", "Högst 14 dagar", or "Inget mål". */
export function targetText(target: Pick<Target, 'targetValue' | 'targetDirection'>, unit: string): string {
  if (target.targetValue === null) return 'Inget mål';
  return `${swedishLabels.targetDirection[target.targetDirection]} ${formatWithUnit(target.targetValue, unit)}`;
}

/** A period as a chip under a strip can hold it: "jan", "K2", "T1", "H2", or the year. */
export function shortPeriod(period: Period): string {
  if (period.kind === 'month') return MONTH_NAMES[Number(period.key.slice(5)) - 1]!.slice(0, 3);
  if (period.kind === 'year') return period.key;
  return period.key.slice(5);
}

/** "Analys tertial 1 2025: …": the analyses written with the manual results of a control, each with its period, without repeats. */
export function analysesOf(...periodLists: ReadonlyArray<readonly PeriodResult[]>): string[] {
  const seen = new Set<string>();
  return periodLists.flat().flatMap((result) => {
    const manual = result.manual;
    if (!manual?.analysis || seen.has(manual.id)) return [];
    seen.add(manual.id);
    return [`Analys ${result.period.label.toLocaleLowerCase('sv')}: ${manual.analysis}`];
  });
}
