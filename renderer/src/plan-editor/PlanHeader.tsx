import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { usePlanDetail } from '../plans/plan-detail';
import { usePlans } from '../plans/plans';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditorView } from './editor-view';
import { useEditing } from './use-editing';

/** Which plan this is, its status, and the two ways out of it: adopt it, or go to another plan. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const edit = usePlanDetail((state) => state.edit);
  const showCatalog = useEditorView((state) => state.showCatalog);
  const previous = usePlans((state) => state.plans.find((candidate) => candidate.id === plan.carriedFromPlanId));
  const { canEdit } = useEditing();
  const [adopting, setAdopting] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);

  return (
    <section className="pe-header" aria-labelledby={headingId}>
      <div className="pe-header__main">
        <div className="pe-header__title-row">
          <h2 id={headingId} ref={title} tabIndex={-1} className="pe-header__title">
            {plan.title}
          </h2>
          <span className={`pe-plan-status pe-plan-status--${plan.status}`}>{t(`domain.planStatus.${plan.status}`)}</span>
        </div>
        <dl className="pe-header__facts">
          <div>
            <dt>{t('planEditor.header.unit')}</dt>
            <dd>{plan.unitName}</dd>
          </div>
          <div>
            <dt>{t('planEditor.header.year')}</dt>
            <dd>{plan.year}</dd>
          </div>
          {previous ? (
            <div>
              <dt>{t('planEditor.header.carriedFrom')}</dt>
              <dd>{t('planEditor.header.carriedFromValue', { year: previous.year })}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      <div className="pe-header__actions">
        {canEdit ? (
          <button type="button" className="button button--primary" onClick={() => setAdopting(true)}>
            {t('planEditor.header.adopt')}
          </button>
        ) : null}
        <button type="button" className="button" title={t('planEditor.header.switchPlanHint')} onClick={showCatalog}>
          {t('planEditor.header.switchPlan')}
        </button>
      </div>
      {adopting ? (
        <ConfirmDialog
          title={t('planEditor.header.adoptTitle')}
          confirmLabel={t('planEditor.header.adoptConfirm')}
          onConfirm={() => edit((api) => api.plans.setStatus({ id: plan.id, status: 'adopted' }))}
          onClose={(adopted) => {
            setAdopting(false);
            // The adopt button is gone once the plan is locked; the plan's title is the next place to be.
            if (adopted) requestAnimationFrame(() => title.current?.focus());
          }}
        >
          <p>{t('planEditor.header.adoptBody')}</p>
          {plan.meta.adoptedOn ? null : <p>{t('planEditor.header.adoptNoDate')}</p>}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
