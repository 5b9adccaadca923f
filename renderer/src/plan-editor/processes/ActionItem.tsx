import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/domain/plan-detail';
import { formatDay } from '../../format';
import { usePlanDetail } from '../../plans/plan-detail';
import { hashFor } from '../../navigation/sections';
import { useActionReports } from '../../reports/plan-links';
import { useReportsView } from '../../reports/view-store';
import { ActionForm } from './ActionForm';
import { PlanEntry } from './PlanEntry';

interface ActionItemProps {
  action: ActionDetail;
  index: number;
  count: number;
  canEdit: boolean;
  onDeleted(): void;
}

export function ActionItem({ action, index, count, canEdit, onDeleted }: ActionItemProps) {
  const { t, i18n } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const { id, carriedFromActionId, ...content } = action;
  const reports = useActionReports(id);

  return (
    <PlanEntry
      part="actions"
      text={action.text}
      note={
        action.followUp ? (
          <p className="pe-entry__note">
            <span className="pe-entry__label">{t('planEditor.actions.followUpLabel')}</span> {action.followUp}
          </p>
        ) : null
      }
      facts={
        <>
          <li>
            <span className={`pe-status pe-status--${action.status}`}>{t(`domain.actionStatus.${action.status}`)}</span>
          </li>
          {action.owner ? <li>{`${t('planEditor.actions.ownerLabel')} ${action.owner}`}</li> : null}
          {action.dueDate ? <li>{t('planEditor.actions.dueLabel', { date: formatDay(action.dueDate, i18n.language) })}</li> : null}
          {reports.map((report) => (
            <li key={report.id}>
              <a className="pe-report-link" href={hashFor('reports')} onClick={() => useReportsView.getState().openReport(report.id)}>
                {t('planEditor.actions.fromReport', { kind: t(`reportScreens.kind.${report.kind}`), text: report.subject || report.caseRef })}
              </a>
            </li>
          ))}
          {carriedFromActionId ? (
            <li>
              <span className="pe-carried">{t('planEditor.actions.carried')}</span>
            </li>
          ) : null}
        </>
      }
      index={index}
      count={count}
      canEdit={canEdit}
      renderForm={(close) => (
        <ActionForm
          level={6}
          title={t('planEditor.actions.editTitle')}
          submitLabel={t('common.save')}
          initial={content}
          onSave={(patch) => edit((api) => api.actions.update({ id, patch }))}
          onClose={close}
        />
      )}
      onMove={(toIndex) => edit((api) => api.actions.move({ id, toIndex }))}
      onDelete={() => edit((api) => api.actions.remove({ id }))}
      onDeleted={onDeleted}
    />
  );
}
