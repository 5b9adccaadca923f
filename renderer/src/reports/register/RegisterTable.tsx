import { FlexRender, useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/reports/report';
import { VirtualTable } from '../../components/VirtualTable';
import { periodLabel } from '../../results/period-labels';
import { useReportsView } from '../view-store';
import { registerFeatures, useRegisterColumns } from './register-columns';

/** Every report the filters let through, month by month; back from a report, its row is in view and focused. */
export function RegisterTable({ reports }: { reports: ReportSummary[] }) {
  const { t } = useTranslation();
  const columns = useRegisterColumns();
  const table = useTable({ features: registerFeatures, columns, data: reports, getRowId: (report) => report.id });
  const returnTo = useReportsView((state) => state.returnTo);

  return (
    <VirtualTable
      table={table}
      processOf={(report) => periodLabel(t, { kind: 'month', start: report.receivedOn })}
      caption={t('reportScreens.register.caption')}
      className="table table--fixed table--sticky rp-table"
      scrollClassName="rs-table-scroll rp-table-scroll"
      scrollTabIndex={-1}
      colClassName={(id) => `rp-col-${id}`}
      processRowClassName="rs-process-row"
      processHeading={(name, count) => (
        <>
          {name}
          <span className="rs-process-row__count">{t('reportScreens.register.count', { count })}</span>
        </>
      )}
      renderCell={(cell) => (
        <td key={cell.id} className={`rp-cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      )}
      rowEstimate={56}
      returnTo={returnTo ? { key: returnTo, selector: `[data-report="${returnTo}"]` } : null}
    />
  );
}
