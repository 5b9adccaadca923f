import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/reports/report';
import { useReportsView } from '../view-store';

/** The register keeps the order the database gives: newest first. */
export const registerFeatures = tableFeatures({});
const helper = createColumnHelper<typeof registerFeatures, ReportSummary>();

/** The columns of the register, in the UI's language. */
export function useRegisterColumns() {
  const { t } = useTranslation();
  return useMemo(
    () =>
      helper.columns([
        // The day as the forms take it (ÅÅÅÅ-MM-DD): short enough to leave the subject its room, and sortable by eye.
        helper.accessor('receivedOn', { id: 'received', header: () => t('reportScreens.register.received'), cell: ({ getValue }) => <span className="rs-num">{getValue()}</span> }),
        helper.accessor('kind', { id: 'kind', header: () => t('reportScreens.register.kindColumn'), cell: ({ getValue }) => t(`reportScreens.kind.${getValue()}`) }),
        helper.accessor('subject', {
          id: 'subject',
          header: () => t('reportScreens.register.subject'),
          cell: ({ row }) => {
            const report = row.original;
            const text = report.subject || t('reportScreens.register.noSubject');
            return (
              <button type="button" className="text-button rp-open" data-report={report.id} onClick={() => useReportsView.getState().openReport(report.id)}>
                {text}
                {report.caseRef ? <span className="rp-open__ref">{report.caseRef}</span> : null}
              </button>
            );
          },
        }),
        helper.accessor((report) => report.categoryName ?? '', { id: 'category', header: () => t('reportScreens.register.category'), cell: ({ getValue }) => getValue() || <span className="muted">–</span> }),
        helper.accessor((report) => report.processName ?? '', { id: 'process', header: () => t('reportScreens.register.process'), cell: ({ getValue }) => getValue() || <span className="muted">–</span> }),
        helper.accessor('status', {
          id: 'status',
          header: () => t('reportScreens.register.status'),
          cell: ({ getValue }) => <span className={`rp-status rp-status--${getValue()}`}>{t(`reportScreens.status.${getValue()}`)}</span>,
        }),
        helper.accessor('elapsedDays', {
          id: 'days',
          header: () => t('reportScreens.register.days'),
          cell: ({ row }) => (
            <span className={row.original.overdue ? 'rp-days rp-days--overdue' : 'rp-days'}>
              {t('reportScreens.register.daysValue', { count: row.original.elapsedDays })}
              {row.original.overdue ? <span className="rp-days__flag">{t('reportScreens.register.overdue')}</span> : null}
            </span>
          ),
        }),
      ]),
    [t],
  );
}
