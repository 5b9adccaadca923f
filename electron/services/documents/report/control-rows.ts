import type { ProcessDetail } from '../../../../shared/domain/plan-detail';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import type { ControlResults } from '../../../../shared/results/control-results';
import { formatNumber } from '../../../../shared/results/format';
import { figureUnit } from '../../../../shared/comparison/figure-unit';
import { resultStatusLabels } from '../../../../shared/results/status';
import { periodStrip } from '../pdf/period-strip';
import { sparkline } from '../pdf/sparkline';
import type { Cell, CellInput } from '../pdf/table';
import { statusColors } from '../status-style';
import { analysesOf, figureText, shortPeriod, targetText } from './figures';
import type { ProcessContext } from './process-context';

function resultCell(control: ControlResults): Cell {
  const result = control.periods[0];
  if (!result || result.value === null) return { text: 'Inget värde', note: '', align: 'center' };
  const text = figureText(control, result.value);
  if (result.status === 'none') return { text, note: 'Inget mål', align: 'center', bold: true };
  return { text, note: resultStatusLabels[result.status], fill: statusColors[result.status], bold: true, align: 'center' };
}

function trendCell(control: ControlResults): Cell {
  const lines = control.years.map((figure) => `${figure.year}: ${figure.value === null ? '–' : figureText(control, figure.value)}`);
  const points = control.years.map((figure) => ({ value: figure.value, color: statusColors[figure.status] }));
  const drawn = points.filter((point) => point.value !== null).length > 1;
  return { text: lines.join('\n'), ...(drawn ? { drawing: sparkline(points, control.targetValue) } : {}) };
}

/** Each control of the process as a table row: what it measures and how, its target, the year's figure and the years before. */
export function controlRows(context: ProcessContext, process: ProcessDetail, number: string): CellInput[][] {
  return process.risks.flatMap((risk, riskIndex) =>
    risk.controls.flatMap((control): CellInput[][] => {
      const results = context.results.get(control.id);
      if (!results) return [];
      const how = [swedishLabels.measureMethod[control.method], swedishLabels.measureFrequency[control.frequency].toLowerCase(), control.responsible]
        .filter(Boolean)
        .join(' · ');
      const analyses = analysesOf(results.periods.periods, results.year.periods);
      return [
        [
          `${number}.${riskIndex + 1}`,
          { text: control.definition, note: [how, ...analyses].join('\n') },
          targetText(results.year, figureUnit(results.year.targetUnit, results.year.aggregation)),
          resultCell(results.year),
          trendCell(results.year),
        ],
      ];
    }),
  );
}

/** The controls measured more than once a year that have a figure, each with a strip of its periods in their colours. */
export function periodRows(context: ProcessContext, process: ProcessDetail): CellInput[][] {
  return process.risks.flatMap((risk) =>
    risk.controls.flatMap((control): CellInput[][] => {
      const periods = context.results.get(control.id)?.periods;
      if (!periods || periods.periods.length < 2 || periods.periods.every((result) => result.value === null)) return [];
      const chips = periods.periods.map((result) => ({
        label: shortPeriod(result.period),
        value: result.value === null ? '' : formatNumber(result.value),
        color: statusColors[result.status],
      }));
      const unit = figureUnit(periods.targetUnit, periods.aggregation);
      return [[{ text: control.definition, note: unit ? `Värden i ${unit}` : '' }, { text: '', drawing: periodStrip(chips) }]];
    }),
  );
}
