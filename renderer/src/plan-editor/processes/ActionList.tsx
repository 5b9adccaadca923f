import { useTranslation } from 'react-i18next';
import type { RiskDetail } from '../../../../shared/domain/plan-detail';
import { usePlanDetail } from '../../stores/plan-detail';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';
import { PartList } from './PartList';
import { shortLabel } from '../../format';

export function ActionList({ risk, canEdit }: { risk: RiskDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const count = risk.actions.length;

  return (
    <PartList
      title={t('planEditor.actions.title')}
      empty={t('planEditor.actions.empty')}
      addLabel={t('planEditor.actions.add')}
      addAria={t('planEditor.actions.addAria', { text: shortLabel(risk.text) })}
      canEdit={canEdit}
      count={count}
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
      {(onDeleted) =>
        risk.actions.map((action, index) => (
          <ActionItem key={action.id} action={action} index={index} count={count} canEdit={canEdit} onDeleted={onDeleted} />
        ))
      }
    </PartList>
  );
}
