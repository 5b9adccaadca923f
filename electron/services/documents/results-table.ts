import { figureUnit } from '../../../shared/comparison/figure-unit';
import { swedishLabels } from '../../../shared/domain/plan-enums';
import type { PlanResults } from '../../../shared/results/control-results';
import { periodKindLabels } from '../../../shared/results/periods';
import { resultStatusLabels } from '../../../shared/results/status';
import { csvLine } from './csv';

const sourceLabels = { checklist: 'Checklista', manual: 'Manuellt', register: 'Registret' } as const;

/** Every control's figures as plain data: what `--format json` prints. */
export function resultsJson(results: PlanResults) {
  return {
    unit: results.unitName,
    year: results.year,
    periodKind: results.periodKind,
    controls: results.controls.map((control) => ({
      process: control.processName,
      risk: control.riskText,
      control: control.definition,
      method: control.method,
      aggregation: control.aggregation,
      unit: figureUnit(control.targetUnit, control.aggregation),
      target: { value: control.targetValue, direction: control.targetDirection, tolerance: control.tolerance },
      periodKind: control.periodKind,
      periods: control.periods.map((result) => ({
        period: result.period.key,
        label: result.period.label,
        start: result.period.start,
        end: result.period.end,
        value: result.value,
        status: result.status,
        source: result.source,
        numerator: result.computed?.numerator ?? null,
        denominator: result.computed?.denominator ?? null,
        answers: result.computed?.n ?? 0,
        analysis: result.manual?.analysis ?? '',
      })),
      years: control.years.map(({ year, value, status, source }) => ({ year, value, status, source })),
    })),
  };
}

const HEADER = [
  'Process', 'Risk', 'Egenkontroll', 'Periodtyp', 'Period', 'Från', 'Till', 'Värde', 'Enhet', 'Målvärde',
  'Mål', 'Tolerans', 'Status', 'Täljare', 'Nämnare', 'Antal svar', 'Källa', 'Analys',
];

/** Every control's figures per period as CSV for Swedish Excel: `;`, decimal comma; the caller adds the BOM. */
export function resultsCsvLines(results: PlanResults): string[] {
  const rows = results.controls.flatMap((control) =>
    control.periods.map((result) => [
      control.processName,
      control.riskText,
      control.definition,
      periodKindLabels[control.periodKind],
      result.period.label,
      result.period.start,
      result.period.end,
      result.value,
      figureUnit(control.targetUnit, control.aggregation),
      control.targetValue,
      control.targetValue === null ? '' : swedishLabels.targetDirection[control.targetDirection],
      control.tolerance,
      result.status === 'none' ? '' : resultStatusLabels[result.status],
      result.computed?.numerator,
      result.computed?.denominator,
      String(result.computed?.n ?? 0),
      result.source ? sourceLabels[result.source] : '',
      result.manual?.analysis ?? '',
    ]),
  );
  return [HEADER, ...rows].map(csvLine);
}
