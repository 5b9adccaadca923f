import { isShare } from '../../shared/checklists/kinds';
import { swedishLabels } from '../../shared/domain/plan-enums';
import type { ControlResults, PlanResults } from '../../shared/results/control-results';
import { formatNumber } from '../../shared/results/format';
import { periodKindLabels } from '../../shared/results/periods';
import { resultStatusLabels } from '../../shared/results/status';

const sourceLabels = { checklist: 'Checklista', manual: 'Manuellt' } as const;

/** The unit a control's figures are given in: its target's unit, or % for a share. */
export function unitOf(control: ControlResults): string {
  return control.targetUnit || (control.aggregation && isShare(control.aggregation) ? '%' : '');
}

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
      unit: unitOf(control),
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

/** A text cell for Swedish Excel: quoted when needed, and never read as a formula. */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const numberCell = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value, 2));

/** Every control's figures per period as CSV for Swedish Excel: `;`, decimal comma; the caller adds the BOM. */
export function resultsCsvLines(results: PlanResults): string[] {
  const lines = [HEADER.join(';')];
  for (const control of results.controls) {
    for (const result of control.periods) {
      lines.push(
        [
          textCell(control.processName),
          textCell(control.riskText),
          textCell(control.definition),
          periodKindLabels[control.periodKind],
          textCell(result.period.label),
          result.period.start,
          result.period.end,
          numberCell(result.value),
          textCell(unitOf(control)),
          numberCell(control.targetValue),
          control.targetValue === null ? '' : swedishLabels.targetDirection[control.targetDirection],
          numberCell(control.tolerance),
          result.status === 'none' ? '' : resultStatusLabels[result.status],
          numberCell(result.computed?.numerator),
          numberCell(result.computed?.denominator),
          String(result.computed?.n ?? 0),
          result.source ? sourceLabels[result.source] : '',
          textCell(result.manual?.analysis ?? ''),
        ].join(';'),
      );
    }
  }
  return lines;
}
