import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { useCurrentPlan } from '../../plans/current-plan';
import { usePlans } from '../../plans/plans';
import { RenameForm } from '../../components/RenameForm';

interface PlanItemProps {
  plan: Plan;
}

export function PlanItem({ plan }: PlanItemProps) {
  const { t } = useTranslation();
  const renamePlan = usePlans((state) => state.rename);
  const isCurrent = useCurrentPlan((state) => state.planId === plan.id);
  const choose = useCurrentPlan((state) => state.choose);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useReturnFocus<HTMLButtonElement>(renaming);

  return (
    <li className={isCurrent ? 'plan-item plan-item--current' : 'plan-item'}>
      <div className="plan-item__main">
        <span className="plan-item__year">{plan.year}</span>
        <span className="plan-item__title">{plan.title}</span>
        {isCurrent ? <span className="tag tag--current">{t('plans.current')}</span> : null}
        {renaming ? null : (
          <span className="plan-item__actions">
            {isCurrent ? null : (
              <button
                type="button"
                className="button button--small"
                aria-label={t('plans.chooseAria', { title: plan.title })}
                onClick={() => choose(plan.id)}
              >
                {t('plans.choose')}
              </button>
            )}
            <button
              type="button"
              ref={renameButton}
              className="button button--small button--quiet"
              aria-label={t('plans.renameAria', { title: plan.title })}
              onClick={() => setRenaming(true)}
            >
              {t('plans.rename')}
            </button>
          </span>
        )}
      </div>
      {renaming ? (
        <RenameForm
          label={t('plans.renameLabel')}
          initialValue={plan.title}
          onSave={(title) => renamePlan(plan.id, title)}
          onClose={() => setRenaming(false)}
        />
      ) : null}
    </li>
  );
}
