import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { usePlanDetail } from '../../plans/plan-detail';
import { risksLackingControl } from '../risk-flags';
import { ProcessCard } from './ProcessCard';
import { ProcessForm } from './ProcessForm';

export function ProcessesTab({ plan, canEdit }: { plan: PlanDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const heading = useRef<HTMLHeadingElement>(null);
  const [adding, setAdding] = useState(false);
  const addButton = useReturnFocus<HTMLButtonElement>(adding);
  const riskCount = plan.processes.reduce((sum, process) => sum + process.risks.length, 0);
  const gaps = risksLackingControl(plan).length;

  return (
    <div className="pe-stack">
      <div className="pe-tab-head">
        <h2 ref={heading} tabIndex={-1} className="section-title">
          {t('planEditor.processes.title')}
        </h2>
        <p className="muted">
          {t('planEditor.processes.summary', {
            processes: t('planEditor.processes.processCount', { count: plan.processes.length }),
            risks: t('planEditor.processes.riskCount', { count: riskCount }),
          })}
        </p>
      </div>
      {gaps > 0 ? (
        <p className="pe-flag pe-flag--summary">
          <span aria-hidden="true">⚠</span> {t('planEditor.processes.gapSummary', { count: gaps })}
        </p>
      ) : null}
      {plan.processes.length === 0 ? <p className="empty-note">{t('planEditor.processes.empty')}</p> : null}
      {plan.processes.map((process, index) => (
        <ProcessCard
          key={process.id}
          plan={plan}
          process={process}
          index={index}
          canEdit={canEdit}
          onDeleted={() => requestAnimationFrame(() => heading.current?.focus())}
        />
      ))}
      {adding ? (
        <ProcessForm
          level={3}
          title={t('planEditor.processes.addTitle')}
          submitLabel={t('planEditor.processes.create')}
          onSave={(values) => edit((api) => api.processes.create({ planId: plan.id, ...values }))}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {canEdit && !adding ? (
        <button type="button" ref={addButton} className="button pe-add-process" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+</span>
          {t('planEditor.processes.add')}
        </button>
      ) : null}
    </div>
  );
}
