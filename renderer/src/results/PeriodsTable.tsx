import { useTranslation } from 'react-i18next';
import type { ControlResults, PeriodResult } from '../../../shared/results/control-results';
import { periodLabel, periodMonths } from './period-labels';
import { StatusBadge } from './StatusBadge';
import { useResultsView } from './view-store';
import { formatCount, formatFigure } from '../format';
import { unitOf } from './unit-of';
import { Section } from '../components/Section';

export const DRILL_PANEL_ID = 'rs-drill-panel';

/** Whether there is anything behind a period's figure to open up. */
const hasBasis = (result: PeriodResult) => (result.computed?.n ?? 0) > 0 || result.manual !== null;

function Basis({ result }: { result: PeriodResult }) {
  const { t, i18n } = useTranslation();
  const computed = result.computed;
  if (!computed || computed.n === 0) return <span className="muted">–</span>;
  const excluded = computed.aggregation === 'share_yes' || computed.aggregation === 'count_yes' ? computed.n - (computed.denominator ?? 0) : 0;
  return (
    <>
      {t('resultScreens.table.answers', { count: computed.n, formatted: formatCount(computed.n, i18n.language) })}
      {excluded > 0 ? <span className="rs-cell-note">{t('resultScreens.periodTable.excluded', { count: excluded })}</span> : null}
    </>
  );
}

/** Every period of the year: figure, colour, what it rests on, any analysis, and the way into its answers. */
export function PeriodsTable({ control }: { control: ControlResults }) {
  const { t, i18n } = useTranslation();
  const drillStart = useResultsView((state) => state.drillStart);
  const drill = useResultsView((state) => state.drill);
  const unit = unitOf(control);

  return (
    <Section className="rs-section" titleClassName="rs-section__title" level={3} title={t('resultScreens.periodTable.title')}>
      <div className="rs-table-wrap">
        <table className="table rs-periods">
          <caption className="visually-hidden">{t('resultScreens.periodTable.caption', { control: control.definition })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('resultScreens.periodTable.period')}</th>
              <th scope="col">{t('resultScreens.periodTable.value')}</th>
              <th scope="col">{t('resultScreens.table.status')}</th>
              <th scope="col">{t('resultScreens.table.basis')}</th>
              <th scope="col">{t('resultScreens.table.source')}</th>
              <th scope="col">{t('resultScreens.periodTable.analysis')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('resultScreens.periodTable.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {control.periods.map((result) => {
              const label = periodLabel(t, result.period);
              const open = drillStart === result.period.start;
              return (
                <tr key={result.period.key} data-period={result.period.key} className={open ? 'rs-periods__open' : undefined}>
                  <th scope="row">
                    {label}
                    {periodMonths(t, result.period) ? <span className="rs-cell-note">{periodMonths(t, result.period)}</span> : null}
                  </th>
                  <td className="rs-num rs-figure">{result.value === null ? <span className="muted">–</span> : formatFigure(result.value, unit, i18n.language)}</td>
                  <td>
                    <StatusBadge status={result.status} hasTarget={control.targetValue !== null} />
                  </td>
                  <td>
                    <Basis result={result} />
                  </td>
                  <td>{result.source ? t(`resultScreens.source.${result.source}`) : <span className="muted">–</span>}</td>
                  <td className="rs-analysis">{result.manual?.analysis || <span className="muted">–</span>}</td>
                  <td>
                    {hasBasis(result) ? (
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        aria-expanded={open}
                        aria-controls={open ? DRILL_PANEL_ID : undefined}
                        aria-label={t(open ? 'resultScreens.periodTable.closeAria' : 'resultScreens.periodTable.openAria', { period: periodLabel(t, result.period, true) })}
                        onClick={() => drill(open ? null : result.period.start)}
                      >
                        {open ? t('resultScreens.periodTable.close') : t('resultScreens.periodTable.open')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
