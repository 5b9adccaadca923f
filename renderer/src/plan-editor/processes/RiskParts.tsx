import { useTranslation } from 'react-i18next';
import type { RiskDetail } from '../../../../shared/domain/plan-detail';
import { usePlanDetail } from '../../plans/plan-detail';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';
import { ControlForm } from './ControlForm';
import { ControlItem } from './ControlItem';
import { PartList } from './PartList';

/** A risk's controls and then its actions, each list with its own form to add one. */
export function RiskParts({ risk, canEdit }: { risk: RiskDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const controls = risk.controls.length;
  const actions = risk.actions.length;

  return (
    <>
      <PartList
        part="controls"
        riskText={risk.text}
        canEdit={canEdit}
        count={controls}
        renderForm={(close) => (
          <ControlForm
            level={6}
            title={t('planEditor.controls.addTitle')}
            submitLabel={t('planEditor.controls.create')}
            onSave={(values) => edit((api) => api.controls.create({ riskId: risk.id, ...values }))}
            onClose={close}
          />
        )}
      >
        {(onDeleted) =>
          risk.controls.map((control, index) => (
            <ControlItem key={control.id} control={control} index={index} count={controls} canEdit={canEdit} onDeleted={onDeleted} />
          ))
        }
      </PartList>
      <PartList
        part="actions"
        riskText={risk.text}
        canEdit={canEdit}
        count={actions}
        renderForm={(close) => (
          <ActionForm
            level={6}
            title={t('planEditor.actions.addTitle')}
            submitLabel={t('planEditor.actions.create')}
            onSave={(values) => edit((api) => api.actions.create({ riskId: risk.id, ...values }))}
            onClose={close}
          />
        )}
      >
        {(onDeleted) => risk.actions.map((action, index) => <ActionItem key={action.id} action={action} index={index} count={actions} canEdit={canEdit} onDeleted={onDeleted} />)}
      </PartList>
    </>
  );
}
