import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { MetaForm } from './MetaForm';
import { formatDay } from '../../format';
import { Panel } from '../../components/Panel';

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
    <Panel className="pe-details" title={t('planEditor.details.title')}>
      <dl className="pe-meta-list">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value ? undefined : 'muted'}>{value || t('planEditor.common.notSet')}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
