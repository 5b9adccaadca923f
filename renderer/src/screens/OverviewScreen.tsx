import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../components/CatalogGate';
import { CurrentPlanCard } from '../components/CurrentPlanCard';
import { ScreenTitle } from '../components/ScreenTitle';
import { UnitSummaryTable } from '../components/UnitSummaryTable';
import { YearCycle } from '../components/YearCycle';
import { PlanOverview } from '../overview/PlanOverview';
import { useCurrentSelection } from '../stores/catalog';
import '../styles/plan-editor.css';
import '../styles/results.css';

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
