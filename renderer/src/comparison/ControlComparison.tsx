import { FlexRender, useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { VirtualTable } from '../components/VirtualTable';
import { StatusLegend } from '../results/StatusLegend';
import { ComparisonSection } from './ComparisonSection';
import { comparisonTableFeatures, useComparisonColumns } from './control-columns';

/** Every control of the units' plans, process by process, a column per unit. */
export function ControlComparison({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  const columns = useComparisonColumns(comparison.units);
  const table = useTable({ features: comparisonTableFeatures, columns, data: comparison.controls, getRowId: (row) => row.key });

  return (
    <ComparisonSection title={t('comparison.controls.title')} lead={t('comparison.controls.lead')}>
      {comparison.controls.length === 0 ? (
        <p className="empty-note">{comparison.qualityArea ? t('comparison.controls.noneInArea') : t('comparison.controls.none')}</p>
      ) : (
        <>
          <StatusLegend />
          <VirtualTable
            table={table}
            processOf={(row) => row.processName}
            caption={t('comparison.controls.caption')}
            className="table table--fixed table--sticky cmp-table cmp-table--controls"
            scrollClassName="cmp-scroll cmp-scroll--tall"
            scrollTabIndex={0}
            colClassName={(id) => (id === 'control' ? 'cmp-col-control' : 'cmp-col-unit')}
            processRowClassName="cmp-process-row"
            processHeading={(name, count) => (
              <span className="cmp-process-row__name">
                {name} <span className="rs-process-row__count">{t('comparison.controls.count', { count })}</span>
              </span>
            )}
            renderCell={(cell, index) =>
              index === 0 ? (
                <th key={cell.id} scope="row">
                  <FlexRender cell={cell} />
                </th>
              ) : (
                <td key={cell.id} className={cell.row.original.cells[index - 1] ? undefined : 'cmp-cell--absent'}>
                  <FlexRender cell={cell} />
                </td>
              )
            }
            rowEstimate={84}
          />
        </>
      )}
    </ComparisonSection>
  );
}
