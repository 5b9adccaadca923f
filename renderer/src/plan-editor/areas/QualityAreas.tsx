import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { SingleFieldForm } from '../../components/SingleFieldForm';
import { usePlanDetail } from '../../plans/plan-detail';
import { AreaItem } from './AreaItem';
import { Panel } from '../../components/Panel';

export function QualityAreas({ plan, canEdit }: { plan: PlanDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = usePlanDetail((state) => state.edit);
  const risks = plan.processes.flatMap((process) => process.risks);
  const usage = (areaId: string) => risks.filter((risk) => risk.qualityAreaIds.includes(areaId)).length;

  return (
    <Panel className="pe-areas" title={t('planEditor.areas.qualityTitle')} headingRef={heading} headingTabIndex={-1}>
      <p className="muted">{t('planEditor.areas.qualityLead')}</p>
      {plan.qualityAreas.length === 0 ? <p className="empty-note">{t('planEditor.areas.qualityEmpty')}</p> : null}
      <ol className="pe-area-list">
        {plan.qualityAreas.map((area, index) => {
          const used = usage(area.id);
          return (
            <AreaItem
              key={area.id}
              text={area.name}
              note={used > 0 ? t('planEditor.areas.usedBy', { count: used }) : undefined}
              index={index}
              count={plan.qualityAreas.length}
              canEdit={canEdit}
              renameLabel={t('planEditor.areas.qualityRename')}
              editLabel={t('planEditor.areas.rename')}
              labels={{
                edit: t('planEditor.areas.qualityRenameAria', { text: area.name }),
                delete: t('planEditor.areas.qualityDeleteAria', { text: area.name }),
                up: t('planEditor.areas.qualityMoveUpAria', { text: area.name }),
                down: t('planEditor.areas.qualityMoveDownAria', { text: area.name }),
                deleteTitle: t('planEditor.areas.qualityDeleteTitle'),
              }}
              deleteMessage={
                used > 0
                  ? t('planEditor.areas.qualityDeleteUsed', { text: area.name, count: used })
                  : t('planEditor.areas.qualityDeleteBody', { text: area.name })
              }
              onRename={(name) => edit((api) => api.qualityAreas.rename({ id: area.id, name }))}
              onMove={(toIndex) => edit((api) => api.qualityAreas.move({ id: area.id, toIndex }))}
              onDelete={() => edit((api) => api.qualityAreas.remove({ id: area.id }))}
              onDeleted={() => requestAnimationFrame(() => heading.current?.focus())}
            />
          );
        })}
      </ol>
      {canEdit ? (
        <SingleFieldForm
          label={t('planEditor.areas.qualityNew')}
          submitLabel={t('planEditor.areas.qualityAdd')}
          onSubmit={(name) => edit((api) => api.qualityAreas.create({ planId: plan.id, name }))}
        />
      ) : null}
    </Panel>
  );
}
