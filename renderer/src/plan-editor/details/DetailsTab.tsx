import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { MetaForm } from './MetaForm';
import { formatDay } from '../../format';

/** The plan's particulars: a form while the plan is open, plain facts while it is locked. */
export function DetailsTab({ plan, canEdit }: { plan: PlanDetail; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  if (canEdit) return <MetaForm key={plan.id} plan={plan} />;

  const facts = [
    [t('planEditor.details.planTitle'), plan.title],
    [t('planEditor.details.diarienummer'), plan.meta.diarienummer],
    [t('planEditor.details.adoptedOn'), plan.meta.adoptedOn ? formatDay(plan.meta.adoptedOn, i18n.language) : ''],
    [t('planEditor.details.decisionBody'), plan.meta.decisionBody],
    [t('planEditor.details.processOwner'), plan.meta.processOwner],
  ] as const;
  return (
    <section className="panel pe-details" aria-labelledby="pe-details-title">
      <h2 id="pe-details-title" className="panel__title">
        {t('planEditor.details.title')}
      </h2>
      <dl className="pe-meta-list">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value ? undefined : 'muted'}>{value || t('planEditor.common.notSet')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
