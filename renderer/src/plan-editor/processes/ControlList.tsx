import { useTranslation } from 'react-i18next';
import type { RiskDetail } from '../../../../shared/domain/plan-detail';
import { usePlanDetail } from '../../stores/plan-detail';
import { ControlForm } from './ControlForm';
import { ControlItem } from './ControlItem';
import { PartList } from './PartList';
import { shortLabel } from '../../format';

export function ControlList({ risk, canEdit }: { risk: RiskDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const count = risk.controls.length;

  return (
    <PartList
      title={t('planEditor.controls.title')}
      empty={t('planEditor.controls.empty')}
      addLabel={t('planEditor.controls.add')}
      addAria={t('planEditor.controls.addAria', { text: shortLabel(risk.text) })}
      canEdit={canEdit}
      count={count}
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
          <ControlItem key={control.id} control={control} index={index} count={count} canEdit={canEdit} onDeleted={onDeleted} />
        ))
      }
    </PartList>
  );
}
