import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, ProcessDetail } from '../../../../shared/domain/plan-detail';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { usePlanDetail } from '../../plans/plan-detail';
import { ItemTools } from '../ItemTools';
import { useEditFocus } from '../use-edit-focus';
import { ProcessForm } from './ProcessForm';
import { RiskForm } from './RiskForm';
import { RiskItem } from './RiskItem';

interface ProcessCardProps {
  plan: PlanDetail;
  process: ProcessDetail;
  index: number;
  canEdit: boolean;
  onDeleted(): void;
}

export function ProcessCard({ plan, process, index, canEdit, onDeleted }: ProcessCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = usePlanDetail((state) => state.edit);
  const [editing, setEditing] = useState(false);
  const card = useEditFocus<HTMLElement>(editing);
  const [addingRisk, setAddingRisk] = useState(false);
  const addRiskButton = useReturnFocus<HTMLButtonElement>(addingRisk);
  const { id, risks, ...fields } = process;
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());

  const deleteMessage =
    risks.length === 0
      ? t('planEditor.processes.deleteBody', { name: process.name })
      : t('planEditor.processes.deleteBodyRisks', { name: process.name, count: risks.length });

  return (
    <section ref={card} className="pe-process" aria-labelledby={headingId}>
      {editing ? (
        <ProcessForm
          level={3}
          title={t('planEditor.processes.editTitle')}
          submitLabel={t('common.save')}
          initial={fields}
          onSave={(patch) => edit((api) => api.processes.update({ id, patch }))}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <header className="pe-process__head" hidden={editing}>
        <div className="pe-process__title">
          <h3 id={headingId} ref={heading} tabIndex={-1}>
            {process.name}
          </h3>
          <p className="pe-process__meta">
            <span className={`pe-group pe-group--${process.group}`}>{t(`domain.processGroup.${process.group}`)}</span>
            {process.responsibleTeam ? <span>{`${t('planEditor.processes.teamLabel')} ${process.responsibleTeam}`}</span> : null}
            <span>{t('planEditor.processes.riskCount', { count: risks.length })}</span>
          </p>
        </div>
        {canEdit ? (
          <ItemTools
            index={index}
            count={plan.processes.length}
            labels={{
              edit: t('planEditor.processes.editAria', { name: process.name }),
              delete: t('planEditor.processes.deleteAria', { name: process.name }),
              up: t('planEditor.processes.moveUpAria', { name: process.name }),
              down: t('planEditor.processes.moveDownAria', { name: process.name }),
              deleteTitle: t('planEditor.processes.deleteTitle'),
            }}
            deleteMessage={deleteMessage}
            onEdit={() => setEditing(true)}
            onMove={(toIndex) => edit((api) => api.processes.move({ id, toIndex }))}
            onDelete={() => edit((api) => api.processes.remove({ id }))}
            onDeleted={onDeleted}
          />
        ) : null}
      </header>
      {risks.length === 0 && !addingRisk ? <p className="pe-process__empty">{t('planEditor.processes.noRisks')}</p> : null}
      {risks.map((risk, riskIndex) => (
        <RiskItem key={risk.id} plan={plan} process={process} risk={risk} index={riskIndex} canEdit={canEdit} onDeleted={focusHeading} />
      ))}
      {addingRisk ? (
        <RiskForm
          title={t('planEditor.risks.addTitle', { name: process.name })}
          submitLabel={t('planEditor.risks.create')}
          qualityAreas={plan.qualityAreas}
          onSave={(values) => edit((api) => api.risks.create({ processId: id, ...values }))}
          onClose={() => setAddingRisk(false)}
        />
      ) : null}
      {canEdit && !addingRisk ? (
        <button
          type="button"
          ref={addRiskButton}
          className="button button--small pe-add"
          aria-label={t('planEditor.risks.addAria', { name: process.name })}
          onClick={() => setAddingRisk(true)}
        >
          <span aria-hidden="true">+</span>
          {t('planEditor.risks.add')}
        </button>
      ) : null}
    </section>
  );
}
