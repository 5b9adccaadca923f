import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../components/CatalogGate';
import { CreateUnitForm } from '../components/CreateUnitForm';
import { ScreenTitle } from '../components/ScreenTitle';
import { UnitCard } from '../components/UnitCard';
import { UserNamePanel } from '../components/UserNamePanel';
import { useUnits } from '../stores/units';

export function QualityPlanScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  const units = useUnits((state) => state.units);

  return (
    <>
      <ScreenTitle lead={t('qualityPlan.lead')}>{t('qualityPlan.title')}</ScreenTitle>
      <p className="notice notice--info">{t('qualityPlan.contentLater')}</p>
      <UserNamePanel />
      <CreateUnitForm />
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="section-title">
          {t('qualityPlan.unitsTitle')}
        </h2>
        <CatalogGate>
          {units.length === 0 ? (
            <p className="empty-note">{t('qualityPlan.noUnits')}</p>
          ) : (
            units.map((unit) => <UnitCard key={unit.id} unit={unit} />)
          )}
        </CatalogGate>
      </section>
    </>
  );
}
