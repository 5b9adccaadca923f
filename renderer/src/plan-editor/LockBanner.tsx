import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { PlanStatus } from '../../../shared/domain/plan-enums';
import { FormError } from '../components/FormError';
import { usePlanDetail } from '../plans/plan-detail';
import { useSubmit } from '../hooks/use-submit';
import { formatDate } from '../format';

/** A padlock drawn here: emoji depend on the fonts of the computer. */
function LockIcon() {
  return (
    <svg className="pe-lock__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="4" y="9" width="12" height="9" rx="1.5" fill="currentColor" />
      <path d="M6.5 9V6.5a3.5 3.5 0 0 1 7 0V9" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** A locked plan says who locked it and when, and offers the one way to change it again. */
export function LockBanner({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const errorId = useId();
  const edit = usePlanDetail((state) => state.edit);
  const { saving, error, run } = useSubmit();
  if (plan.status === 'draft') return null;

  const setStatus = (status: PlanStatus) => void run(() => edit((api) => api.plans.setStatus({ id: plan.id, status })));
  const values = {
    name: plan.statusChangedBy ?? t('planEditor.common.none'),
    date: plan.statusChangedAt ? formatDate(plan.statusChangedAt, i18n.language) : t('planEditor.common.none'),
  };

  return (
    <div className={`pe-lock pe-lock--${plan.status}`}>
      <p className="pe-lock__text">
        <LockIcon />
        <span>{plan.status === 'adopted' ? t('planEditor.lock.adopted', values) : t('planEditor.lock.archived', values)}</span>
      </p>
      <div className="pe-lock__buttons">
        <button type="button" className="button button--primary" disabled={saving} onClick={() => setStatus('draft')}>
          {t('planEditor.lock.reopen')}
        </button>
        {plan.status === 'adopted' ? (
          <button type="button" className="button" disabled={saving} onClick={() => setStatus('archived')}>
            {t('planEditor.lock.archive')}
          </button>
        ) : null}
      </div>
      <FormError id={errorId} message={error} />
    </div>
  );
}
