import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ReportDetail } from '../../../../shared/reports/report';
import { EditForm } from '../../components/EditForm';
import { DateField, SelectField, TextField } from '../../components/fields';
import { Panel } from '../../components/Panel';
import { formatDay, shortLabel } from '../../format';
import { useSubmit } from '../../hooks/use-submit';
import { actionGroups, riskGroups } from './plan-parts';
import { LinkChooser, LinkedItem } from './PlanLinkParts';
import type { ReportWrite } from './use-report';

/** The decided actions, which are the plan's Åtgärder: linked both ways, added here or chosen among the plan's. */
export function ReportActions({ report, plan, write }: { report: ReportDetail; plan: PlanDetail; write: ReportWrite }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [riskId, setRiskId] = useState('');
  const adding = useSubmit(() => {
    setText('');
    setOwner('');
    setDueDate('');
  });
  const linkedRisk = report.risks.length > 0;
  const riskChoices = riskGroups(plan);
  const linkable = actionGroups(plan, report.actions.map((action) => action.id));

  return (
    <Panel className="rp-links" title={t('reportScreens.actions.title')}>
      <p className="muted">{t('reportScreens.actions.lead')}</p>
      {report.actions.length === 0 ? (
        <p className="empty-note">{t('reportScreens.actions.none')}</p>
      ) : (
        <ul className="rp-link-list">
          {report.actions.map((action) => (
            <LinkedItem
              key={action.id}
              dataAction={action.id}
              text={action.text}
              facts={
                <>
                  <li>
                    <span className={`pe-status pe-status--${action.status}`}>{t(`domain.actionStatus.${action.status}`)}</span>
                  </li>
                  {action.owner ? <li>{t('reportScreens.actions.owner', { owner: action.owner })}</li> : null}
                  {action.dueDate ? <li>{t('reportScreens.actions.due', { date: formatDay(action.dueDate, i18n.language) })}</li> : null}
                </>
              }
              unlinkLabel={t('reportScreens.actions.unlinkAria', { text: shortLabel(action.text) })}
              onUnlink={() => void write((api, today) => api.reports.linkAction({ id: report.id, actionId: action.id, linked: false, today }))}
            />
          ))}
        </ul>
      )}
      <EditForm
        title={t('reportScreens.actions.addTitle')}
        submitLabel={t('reportScreens.actions.add')}
        saving={adding.saving}
        error={adding.error}
        level={3}
        onCancel={() => setText('')}
        onSubmit={() =>
          void adding.run(() =>
            write((api, today) => api.reports.addAction({ id: report.id, text, owner, dueDate: dueDate.trim() || null, riskId: riskId || undefined, today })),
          )
        }
      >
        <TextField label={t('reportScreens.actions.text')} value={text} onChange={setText} />
        <div className="rp-form__grid">
          <TextField label={t('reportScreens.actions.ownerField')} value={owner} maxLength={100} onChange={setOwner} />
          <DateField label={t('reportScreens.actions.dueDate')} value={dueDate} onChange={setDueDate} />
          <SelectField
            label={t('reportScreens.actions.risk')}
            value={riskId}
            options={linkedRisk ? [{ value: '', label: t('reportScreens.actions.firstRisk') }] : [{ value: '', label: t('reportScreens.risks.linkNone') }]}
            groups={riskChoices}
            onChange={setRiskId}
          />
        </div>
      </EditForm>
      {linkable.length > 0 ? (
        <LinkChooser
          label={t('reportScreens.actions.linkTitle')}
          noneLabel={t('reportScreens.actions.linkNone')}
          submitLabel={t('reportScreens.actions.link')}
          groups={linkable}
          errorId={`rp-link-action-${report.id}`}
          link={(actionId) => write((api, today) => api.reports.linkAction({ id: report.id, actionId, today }))}
        />
      ) : null}
    </Panel>
  );
}
