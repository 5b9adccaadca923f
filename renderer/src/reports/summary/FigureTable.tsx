import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../../shared/reports/compilation';
import type { ReportFilter } from '../../../../shared/reports/report';
import { formatCount } from '../../format';
import { useReportsView } from '../view-store';

export interface FigureRow {
  key: string;
  label: string;
  figure: Figure;
  /** The register's filter that shows the reports behind the count; null when the filters cannot say it. */
  drill: ReportFilter | null;
}

/** Counts of a period beside the period before and the year before, with what rises and what falls; each count opens its reports. */
export function FigureTable({ caption, rowHeading, rows }: { caption: string; rowHeading: string; rows: FigureRow[] }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  const drill = useReportsView((state) => state.drill);

  return (
    <table className="table rp-figures">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="rs-num">{t('reportScreens.summary.count')}</th>
          <th scope="col" className="rs-num">{t('reportScreens.summary.previousPeriod')}</th>
          <th scope="col" className="rs-num">{t('reportScreens.summary.previousYear')}</th>
          <th scope="col">{t('reportScreens.summary.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const change = row.figure.count - row.figure.previousPeriod;
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="rs-num" data-figure={row.key}>
                {row.drill && row.figure.count > 0 ? (
                  <button
                    type="button"
                    className="rp-drill"
                    aria-label={t('reportScreens.summary.drillAria', { count: row.figure.count, what: row.label })}
                    onClick={() => drill(row.drill!)}
                  >
                    {count(row.figure.count)}
                  </button>
                ) : (
                  count(row.figure.count)
                )}
              </td>
              <td className="rs-num">{count(row.figure.previousPeriod)}</td>
              <td className="rs-num">{count(row.figure.previousYear)}</td>
              <td className={change > 0 ? 'rp-change rp-change--up' : change < 0 ? 'rp-change rp-change--down' : 'rp-change'}>
                <span aria-hidden="true">{change > 0 ? '▲ ' : change < 0 ? '▼ ' : ''}</span>
                {change > 0
                  ? t('reportScreens.summary.up', { count: change })
                  : change < 0
                    ? t('reportScreens.summary.down', { count: -change })
                    : t('reportScreens.summary.same')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
