import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../../plans/CatalogGate';
import { CreateUnitForm } from './CreateUnitForm';
import { UnitCard } from './UnitCard';
import { UserNamePanel } from '../../user-name/UserNamePanel';
import { useCurrentSelection } from '../../plans/catalog';
import { useCurrentPlan } from '../../plans/current-plan';
import { useUnits } from '../../plans/units';
import { useEditorView } from '../editor-view';

/** Every unit with its plans: where a plan is chosen, and units and plans are added. */
export function PlanCatalog() {
  const { t } = useTranslation();
  const headingId = useId();
  const units = useUnits((state) => state.units);
  const selection = useCurrentSelection();
  const remembered = useCurrentPlan((state) => state.planId);
  const showPlan = useEditorView((state) => state.showPlan);

  return (
    <>
      {selection ? (
        <div className="pe-back">
          <button
            type="button"
            className="button"
            aria-label={t('planEditor.catalog.backToPlanAria', { title: selection.plan.title })}
            onClick={showPlan}
          >
            <span aria-hidden="true">←</span>
            {t('planEditor.catalog.backToPlan')}
          </button>
          <span className="pe-back__title">{selection.plan.title}</span>
        </div>
      ) : null}
      <CatalogGate>
        {remembered && !selection ? <p className="notice notice--info">{t('planEditor.catalog.missingPlan')}</p> : null}
      </CatalogGate>
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
