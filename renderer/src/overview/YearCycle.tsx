import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const steps = ['cyclePlan', 'cycleDo', 'cycleCheck', 'cycleAct'] as const;

/** The PDCA year in four sentences, so a new user sees where each section fits. */
export function YearCycle() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('overview.cycleTitle')}
      </h2>
      <ol className="cycle">
        {steps.map((step) => (
          <li key={step}>{t(`overview.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
