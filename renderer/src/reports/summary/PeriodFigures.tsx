import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { OpenReports, PeriodCompilation } from '../../../../shared/reports/compilation';
import type { ReportKind } from '../../../../shared/reports/kinds';
import type { ReportFilter } from '../../../../shared/reports/report';
import { Section } from '../../components/Section';
import { formatCount, formatFigure } from '../../format';
import { periodLabel } from '../../results/period-labels';
import { settingsOf } from '../../../../shared/reports/settings';
import { useReportsData } from '../data-store';
import { useReportsView } from '../view-store';
import { FigureTable, type FigureRow } from './FigureTable';

/** One period's sammanställning: per kind, category, process and kvalitetsområde, the handling, lex Sarah and what is open now. */
export function PeriodFigures({ period, open, plan }: { period: PeriodCompilation; open: OpenReports[]; plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const drill = useReportsView((state) => state.drill);
  const settings = useReportsData((state) => state.settings);
  const within: ReportFilter = { from: period.period.start, to: period.period.end };
  const kindName = (kind: ReportKind) => t(`reportScreens.kindPlural.${kind}`);
  const processId = (name: string | null) => (name === null ? undefined : plan.processes.find((process) => process.name === name)?.id);
  const areaId = (name: string) => plan.qualityAreas.find((area) => area.name === name)?.id;
  const share = (part: number, whole: number, value: number | null) =>
    value === null ? t('reportScreens.summary.noShare') : t('reportScreens.summary.share', { part: formatCount(part, language), whole: formatCount(whole, language), share: formatFigure(value, '%', language) });

  const byKind: FigureRow[] = [
    ...period.byKind.map((row) => ({ key: `kind-${row.kind}`, label: kindName(row.kind), figure: row.received, drill: { ...within, kind: row.kind } })),
    { key: 'total', label: t('reportScreens.summary.total'), figure: period.total, drill: within },
  ];
  const byCategory: FigureRow[] = period.byCategory.map((row) => ({
    key: `category-${row.kind}-${row.categoryId ?? 'none'}`,
    label: `${kindName(row.kind)}: ${row.category ?? t('reportScreens.noCategory')}`,
    figure: row.figure,
    drill: row.categoryId ? { ...within, kind: row.kind, categoryId: row.categoryId } : null,
  }));
  const byProcess: FigureRow[] = period.byProcess.map((row) => {
    const id = processId(row.process);
    return { key: `process-${row.kind}-${row.process ?? 'none'}`, label: `${kindName(row.kind)}: ${row.process ?? t('reportScreens.noProcess')}`, figure: row.figure, drill: id ? { ...within, kind: row.kind, processId: id } : null };
  });
  const byArea: FigureRow[] = period.byQualityArea.map((row) => {
    const id = areaId(row.area);
    return { key: `area-${row.kind}-${row.area}`, label: `${kindName(row.kind)}: ${row.area}`, figure: row.figure, drill: id ? { ...within, kind: row.kind, qualityAreaId: id } : null };
  });
  const title = periodLabel(t, period.period);

  return (
    <div className="rp-figures-grid">
      <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={`${t('reportScreens.summary.byKind')}, ${title}`}>
        <FigureTable caption={`${t('reportScreens.summary.byKind')}, ${title}`} rowHeading={t('reportScreens.register.kindColumn')} rows={byKind} />
      </Section>
      <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.handling')}>
        <table className="table rp-figures">
          <caption className="visually-hidden">{`${t('reportScreens.summary.handling')}, ${title}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportScreens.register.kindColumn')}</th>
              <th scope="col">{t('reportScreens.summary.investigatedWithin')}</th>
              <th scope="col">{t('reportScreens.summary.feedbackShare')}</th>
              <th scope="col">{t('reportScreens.summary.feedbackWithin')}</th>
            </tr>
          </thead>
          <tbody>
            {period.byKind.map((row) => (
              <tr key={row.kind} data-handling={row.kind}>
                <th scope="row">
                  {kindName(row.kind)}
                  <span className="rp-limit-note">{t('reportScreens.detail.limit', { count: settingsOf(settings, row.kind).limitDays })}</span>
                </th>
                <td>{share(row.investigatedWithin, row.received.count, row.investigatedWithinShare)}</td>
                <td>{share(row.feedbackGiven, row.feedbackExpected, row.feedbackShare)}</td>
                <td>{share(row.feedbackWithin, row.feedbackExpected, row.feedbackWithinShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.lexSarah')}>
        <dl className="facts rp-lex">
          <div>
            <dt>{t('reportScreens.summary.lexReports')}</dt>
            <dd data-lex="reports">{formatCount(period.lexSarah.reports.count, language)}</dd>
          </div>
          <div>
            <dt>{t('reportScreens.summary.lexSerious')}</dt>
            <dd data-lex="serious">{formatCount(period.lexSarah.serious, language)}</dd>
          </div>
          <div>
            <dt>{t('reportScreens.summary.lexReported')}</dt>
            <dd data-lex="reported">{formatCount(period.lexSarah.reportedToIvo, language)}</dd>
          </div>
        </dl>
      </Section>
      <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.open')}>
        <table className="table rp-figures">
          <thead>
            <tr>
              <th scope="col">{t('reportScreens.register.kindColumn')}</th>
              <th scope="col" className="rs-num">{t('reportScreens.summary.openCount')}</th>
              <th scope="col" className="rs-num">{t('reportScreens.summary.overdueCount')}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{kindName(row.kind)}</th>
                <td className="rs-num">{formatCount(row.open, language)}</td>
                <td className="rs-num">
                  {row.overdue > 0 ? (
                    <button type="button" className="rp-drill rp-drill--overdue" aria-label={t('reportScreens.summary.drillAria', { count: row.overdue, what: `${kindName(row.kind)}, ${t('reportScreens.summary.overdueCount').toLowerCase()}` })} onClick={() => drill({ kind: row.kind, overdue: true })}>
                      {formatCount(row.overdue, language)}
                    </button>
                  ) : (
                    formatCount(0, language)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {byCategory.length > 0 ? (
        <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.byCategory')}>
          <FigureTable caption={`${t('reportScreens.summary.byCategory')}, ${title}`} rowHeading={t('reportScreens.register.category')} rows={byCategory} />
        </Section>
      ) : null}
      {byProcess.length > 0 ? (
        <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.byProcess')}>
          <FigureTable caption={`${t('reportScreens.summary.byProcess')}, ${title}`} rowHeading={t('reportScreens.register.process')} rows={byProcess} />
        </Section>
      ) : null}
      {byArea.length > 0 ? (
        <Section className="panel rp-figure-box" titleClassName="panel__title" level={3} title={t('reportScreens.summary.byArea')}>
          <p className="muted">{t('reportScreens.summary.areaNote')}</p>
          <FigureTable caption={`${t('reportScreens.summary.byArea')}, ${title}`} rowHeading={t('reportScreens.filters.area')} rows={byArea} />
        </Section>
      ) : null}
    </div>
  );
}
