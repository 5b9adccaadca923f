import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { SingleFieldForm } from '../../components/SingleFieldForm';
import { usePlanDetail } from '../../plans/plan-detail';
import { AreaItem } from './AreaItem';
import { shortLabel } from '../../format';
import { Panel } from '../../components/Panel';

export function ImprovementAreas({ plan, canEdit }: { plan: PlanDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = usePlanDetail((state) => state.edit);

  return (
    <Panel className="pe-areas" title={t('planEditor.areas.improvementTitle')} headingRef={heading} headingTabIndex={-1}>
      <p className="muted">{t('planEditor.areas.improvementLead')}</p>
      {plan.improvementAreas.length === 0 ? <p className="empty-note">{t('planEditor.areas.improvementEmpty')}</p> : null}
      <ol className="pe-area-list">
        {plan.improvementAreas.map((area, index) => {
          const name = shortLabel(area.text);
          return (
            <AreaItem
              key={area.id}
              text={area.text}
              index={index}
              count={plan.improvementAreas.length}
              canEdit={canEdit}
              renameLabel={t('planEditor.areas.improvementEdit')}
              editLabel={t('planEditor.common.edit')}
              labels={{
                edit: t('planEditor.areas.improvementEditAria', { text: name }),
                delete: t('planEditor.areas.improvementDeleteAria', { text: name }),
                up: t('planEditor.areas.improvementMoveUpAria', { text: name }),
                down: t('planEditor.areas.improvementMoveDownAria', { text: name }),
                deleteTitle: t('planEditor.areas.improvementDeleteTitle'),
              }}
              deleteMessage={t('planEditor.areas.improvementDeleteBody', { text: name })}
              onRename={(text) => edit((api) => api.improvementAreas.update({ id: area.id, text }))}
              onMove={(toIndex) => edit((api) => api.improvementAreas.move({ id: area.id, toIndex }))}
              onDelete={() => edit((api) => api.improvementAreas.remove({ id: area.id }))}
              onDeleted={() => requestAnimationFrame(() => heading.current?.focus())}
            />
          );
        })}
      </ol>
      {canEdit ? (
        <SingleFieldForm
          label={t('planEditor.areas.improvementNew')}
          submitLabel={t('planEditor.areas.improvementAdd')}
          onSubmit={(text) => edit((api) => api.improvementAreas.create({ planId: plan.id, text }))}
        />
      ) : null}
    </Panel>
  );
}
