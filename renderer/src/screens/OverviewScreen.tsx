import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../components/CatalogGate';
import { CurrentPlanCard } from '../components/CurrentPlanCard';
import { ScreenTitle } from '../components/ScreenTitle';
import { UnitSummaryTable } from '../components/UnitSummaryTable';
import { YearCycle } from '../components/YearCycle';

export function OverviewScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenTitle lead={t('overview.lead')}>{t('overview.title')}</ScreenTitle>
      <CatalogGate>
        <CurrentPlanCard />
        <UnitSummaryTable />
      </CatalogGate>
      <YearCycle />
    </>
  );
}
