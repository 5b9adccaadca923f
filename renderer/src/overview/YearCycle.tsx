import { useTranslation } from 'react-i18next';
import { Panel } from '../components/Panel';

const steps = ['cyclePlan', 'cycleDo', 'cycleCheck', 'cycleAct'] as const;

/** The PDCA year in four sentences, so a new user sees where each section fits. */
export function YearCycle() {
  const { t } = useTranslation();
  return (
    <Panel title={t('overview.cycleTitle')}>
      <ol className="cycle">
        {steps.map((step) => (
          <li key={step}>{t(`overview.${step}`)}</li>
        ))}
      </ol>
    </Panel>
  );
}
