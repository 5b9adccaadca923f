import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { usePlans } from '../../plans/plans';
import { useUnits } from '../../plans/units';
import { CreatePlanForm } from './CreatePlanForm';
import { PlanItem } from './PlanItem';
import { RenameForm } from '../../components/RenameForm';

interface UnitCardProps {
  unit: Unit;
}

export function UnitCard({ unit }: UnitCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const renameUnit = useUnits((state) => state.rename);
  const allPlans = usePlans((state) => state.plans);
  const plans = useMemo(() => allPlans.filter((plan) => plan.unitId === unit.id), [allPlans, unit.id]);
  const [renaming, setRenaming] = useState(false);
  const [addingPlan, setAddingPlan] = useState(false);
  const renameButton = useReturnFocus<HTMLButtonElement>(renaming);
  const newPlanButton = useReturnFocus<HTMLButtonElement>(addingPlan);

  return (
    <section className="card unit-card" aria-labelledby={headingId}>
      <header className="unit-card__header">
        <h3 id={headingId} className="unit-card__name">
          {unit.name}
        </h3>
        <span className="unit-card__count">{t('units.plansCount', { count: plans.length })}</span>
        {renaming ? null : (
          <button
            type="button"
            ref={renameButton}
            className="button button--small button--quiet"
            aria-label={t('units.renameAria', { name: unit.name })}
            onClick={() => setRenaming(true)}
          >
            {t('units.rename')}
          </button>
        )}
      </header>
      {renaming ? (
        <RenameForm
          label={t('units.renameLabel')}
          initialValue={unit.name}
          onSave={(name) => renameUnit(unit.id, name)}
          onClose={() => setRenaming(false)}
        />
      ) : null}

      {plans.length > 0 ? (
        <ul className="plan-list" aria-label={t('plans.listLabel', { name: unit.name })}>
          {plans.map((plan) => (
            <PlanItem key={plan.id} plan={plan} />
          ))}
        </ul>
      ) : (
        <p className="empty-note">{t('units.noPlans')}</p>
      )}

      {addingPlan ? (
        <CreatePlanForm unit={unit} onClose={() => setAddingPlan(false)} />
      ) : (
        <button
          type="button"
          ref={newPlanButton}
          className="button"
          aria-label={t('plans.newAria', { name: unit.name })}
          onClick={() => setAddingPlan(true)}
        >
          <span aria-hidden="true">+</span>
          {t('plans.new')}
        </button>
      )}
    </section>
  );
}
