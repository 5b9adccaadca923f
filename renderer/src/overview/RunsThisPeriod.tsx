import { useTranslation } from 'react-i18next';
import { RunContext } from '../../../shared/checklists/run';
import type { Overview } from '../../../shared/results/overview';
import { hashFor } from '../navigation/sections';
import { periodLabel } from '../results/period-labels';
import { formatDay } from '../format';
import { Panel } from '../components/Panel';

const LATEST = 5;

/** The checklist runs of this month: how many, with how many cases and answers, and the latest few. */
export function RunsThisPeriod({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const { count, cases, answers, runs } = overview.runsThisPeriod;
  const latest = [...runs].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)).slice(0, LATEST);
  const figures = [
    { key: 'runs', value: count, label: t('overview.runs.runs', { count }) },
    { key: 'cases', value: cases, label: t('overview.runs.cases', { count: cases }) },
    { key: 'answers', value: answers, label: t('overview.runs.answers', { count: answers }) },
  ];

  return (
    <Panel className="ov-runs" title={<>{t('overview.runs.title', { period: periodLabel(t, overview.period) })}</>}>
      <ul className="ov-run-figures" aria-label={t('overview.runs.figuresLabel')}>
        {figures.map((figure) => (
          <li key={figure.key} data-figure={figure.key}>
            <span className="ov-run-figures__number">{figure.value}</span> {figure.label}
          </li>
        ))}
      </ul>
      {latest.length === 0 ? (
        <p className="muted">{t('overview.runs.none')}</p>
      ) : (
        <>
          <h3 className="ov-subtitle">{t('overview.runs.latest')}</h3>
          <ul className="ov-run-list">
            {latest.map((run) => {
              const context = RunContext.safeParse(run.context);
              return (
                <li key={run.id}>
                  <span className="ov-nowrap ov-run-list__date">{formatDay(run.date, i18n.language)}</span>
                  <span>
                    <strong>{run.templateName}</strong> · {context.success ? t(`resultScreens.runContext.${context.data}`) : run.context}
                    <span className="rs-cell-note">{t('overview.runs.detail', { name: run.runBy, cases: run.caseCount })}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <a className="link-button button--small" href={hashFor('checklists')}>
        {t('overview.runs.toChecklists')}
      </a>
    </Panel>
  );
}
