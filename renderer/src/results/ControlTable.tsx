import { FlexRender, useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { VirtualTable } from '../components/VirtualTable';
import { controlTableFeatures, useControlColumns } from './control-columns';
import { useResultsView } from './view-store';

/** Every control of the plan, process by process; back from a control's detail, its row is in view and focused. */
export function ControlTable({ controls }: { controls: ControlResults[] }) {
  const { t } = useTranslation();
  const columns = useControlColumns();
  const table = useTable({ features: controlTableFeatures, columns, data: controls, getRowId: (control) => control.controlId });
  const returnTo = useResultsView((state) => state.returnTo);

  return (
    <VirtualTable
      table={table}
      processOf={(control) => control.processName}
      caption={t('resultScreens.table.caption')}
      className="table table--fixed table--sticky rs-table"
      scrollClassName="rs-table-scroll"
      scrollTabIndex={-1}
      colClassName={(id) => `rs-col-${id}`}
      processRowClassName="rs-process-row"
      processHeading={(name, count) => (
        <>
          {name}
          <span className="rs-process-row__count">{t('resultScreens.table.controls', { count })}</span>
        </>
      )}
      renderCell={(cell) => (
        <td key={cell.id} className={`rs-cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      )}
      rowEstimate={76}
      returnTo={returnTo ? { key: returnTo, selector: `[data-control="${returnTo}"]` } : null}
    />
  );
}
