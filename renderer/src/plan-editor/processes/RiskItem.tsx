import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, ProcessDetail, RiskDetail } from '../../../../shared/domain/plan-detail';
import { levelOf } from '../../../../shared/risk-matrix/grid';
import { usePlanDetail } from '../../plans/plan-detail';
import { takeFocusRequest } from '../focus-request';
import { lacksControl } from '../risk-flags';
import { ItemTools } from '../ItemTools';
import { useEditFocus } from '../use-edit-focus';
import { AssessmentRow } from './AssessmentRow';
import { RiskParts } from './RiskParts';
import { MoveRisk } from './MoveRisk';
import { RiskForm } from './RiskForm';
import { shortLabel } from '../../format';

interface RiskItemProps {
  plan: PlanDetail;
  process: ProcessDetail;
  risk: RiskDetail;
  index: number;
  canEdit: boolean;
  onDeleted(): void;
}

export function RiskItem({ plan, process, risk, index, canEdit, onDeleted }: RiskItemProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const edit = usePlanDetail((state) => state.edit);
  const [editing, setEditing] = useState(false);
  const article = useEditFocus<HTMLElement>(editing);
  const name = shortLabel(risk.text);
  const areaName = new Map(plan.qualityAreas.map((area) => [area.id, area.name]));
  const areas = risk.qualityAreaIds.map((id) => areaName.get(id)).filter((area): area is string => area !== undefined);

  // The edge takes the colour of the risk's level before action, so the list reads like the matrix.
  const level = risk.inherent ? levelOf(plan.matrix, risk.inherent) : null;

  useEffect(() => {
    if (takeFocusRequest(risk.id)) article.current?.focus();
  }, [risk.id, article]);

  const deleteMessage =
    risk.controls.length + risk.actions.length === 0
      ? t('planEditor.risks.deleteBody', { text: name })
      : t('planEditor.risks.deleteBodyContent', {
          text: name,
          controls: t('planEditor.risks.controlCount', { count: risk.controls.length }),
          actions: t('planEditor.risks.actionCount', { count: risk.actions.length }),
        });

  return (
    <article
      ref={article}
      tabIndex={-1}
      className="pe-risk"
      aria-labelledby={headingId}
      style={level ? { borderLeftColor: level.color } : undefined}
    >
      {editing ? (
        <RiskForm
          title={t('planEditor.risks.editTitle')}
          submitLabel={t('common.save')}
          qualityAreas={plan.qualityAreas}
          initial={{ text: risk.text, owner: risk.owner, qualityAreaIds: risk.qualityAreaIds }}
          onSave={(patch) => edit((api) => api.risks.update({ id: risk.id, patch }))}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <div className="pe-risk__head" hidden={editing}>
        <h4 id={headingId} className="pe-risk__text">
          {risk.text}
        </h4>
        {canEdit ? (
          <ItemTools
            index={index}
            count={process.risks.length}
            labels={{
              edit: t('planEditor.risks.editAria', { text: name }),
              delete: t('planEditor.risks.deleteAria', { text: name }),
              up: t('planEditor.risks.moveUpAria', { text: name }),
              down: t('planEditor.risks.moveDownAria', { text: name }),
              deleteTitle: t('planEditor.risks.deleteTitle'),
            }}
            deleteMessage={deleteMessage}
            onEdit={() => setEditing(true)}
            onMove={(toIndex) => edit((api) => api.risks.move({ id: risk.id, toProcessId: process.id, toIndex }))}
            onDelete={() => edit((api) => api.risks.remove({ id: risk.id }))}
            onDeleted={onDeleted}
          />
        ) : null}
      </div>
      <div className="pe-risk__meta" hidden={editing}>
        {risk.owner ? <span>{`${t('planEditor.risks.ownerLabel')} ${risk.owner}`}</span> : null}
        <ul className="pe-tags" aria-label={t('planEditor.risks.qualityAreas')}>
          {areas.length === 0 ? <li className="pe-tag pe-tag--empty">{t('planEditor.risks.noAreas')}</li> : null}
          {areas.map((area) => (
            <li key={area} className="pe-tag">
              {area}
            </li>
          ))}
        </ul>
      </div>
      <div className={canEdit ? 'pe-risk__assessment' : 'pe-risk__assessment pe-risk__assessment--read'}>
        <AssessmentRow risk={risk} stage="inherent" matrix={plan.matrix} canEdit={canEdit} />
        <AssessmentRow risk={risk} stage="residual" matrix={plan.matrix} canEdit={canEdit} />
      </div>
      {lacksControl(plan, risk) ? (
        <p className="pe-flag">
          <span aria-hidden="true">⚠</span> {t('planEditor.risks.needsControl')}
        </p>
      ) : null}
      <div className="pe-risk__parts">
        <RiskParts risk={risk} canEdit={canEdit} />
      </div>
      {canEdit ? <MoveRisk risk={risk} processes={plan.processes} /> : null}
    </article>
  );
}
