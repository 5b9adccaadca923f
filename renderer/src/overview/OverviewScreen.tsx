import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../plans/CatalogGate';
import { CurrentPlanCard } from './CurrentPlanCard';
import { ScreenTitle } from '../components/ScreenTitle';
import { UnitSummaryTable } from './UnitSummaryTable';
import { YearCycle } from './YearCycle';
import { PlanOverview } from './PlanOverview';
import { useCurrentSelection } from '../plans/catalog';
import '../plan-editor/plan-editor.css';
import '../results/results.css';
import './overview.css';

/**
 * Översikt: the current plan at a glance. Before a plan is chosen, an invitation to
 * choose or create one, the units and plans there are, and the year in four steps.
 */
export function OverviewScreen() {
  const { t } = useTranslation();
  const selection = useCurrentSelection();
  return (
    <>
      <ScreenTitle lead={t('overview.lead')}>{t('overview.title')}</ScreenTitle>
      <CatalogGate>
        {selection ? (
          <PlanOverview planId={selection.plan.id} />
        ) : (
          <>
            <CurrentPlanCard />
            <UnitSummaryTable />
            <YearCycle />
          </>
        )}
      </CatalogGate>
    </>
  );
}
