import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../shared/checklists/run';
import { formatDay } from '../../format';

type FactsOf = Pick<RunSummary, 'version' | 'date' | 'context' | 'runBy' | 'team' | 'finishedAt'>;

/** The run's details in one line: date, context, who led it, the team, the version and whether it is finished. */
export function RunFacts({ run }: { run: FactsOf }) {
  const { t, i18n } = useTranslation();
  const facts: Array<{ label: string; value: string }> = [
    { label: t('checklistScreens.facts.date'), value: formatDay(run.date, i18n.language) },
    { label: t('checklistScreens.facts.context'), value: t(`checklistScreens.context.${run.context}`) },
    { label: t('checklistScreens.facts.runBy'), value: t('checklistScreens.facts.runByValue', { initials: run.runBy }) },
    ...(run.team ? [{ label: t('checklistScreens.facts.team'), value: run.team }] : []),
    { label: t('checklistScreens.facts.version'), value: t('checklistScreens.overview.version', { version: run.version }) },
  ];
  return (
    <dl className="cl-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="visually-hidden">{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
      <div>
        <dt className="visually-hidden">{t('checklistScreens.facts.status')}</dt>
        <dd>
          <span className={run.finishedAt === null ? 'cl-status cl-status--open' : 'cl-status cl-status--done'}>
            {run.finishedAt === null ? t('checklistScreens.facts.open') : t('checklistScreens.facts.finished')}
          </span>
        </dd>
      </div>
    </dl>
  );
}
