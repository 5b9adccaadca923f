import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ReportDetail } from '../../../../shared/reports/report';
import { EditForm } from '../../components/EditForm';
import { DateField, SelectField, TextField } from '../../components/fields';
import { FormError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { formatDay, shortLabel } from '../../format';
import { useSubmit } from '../../hooks/use-submit';
import { hashFor } from '../../navigation/sections';
import { actionGroups, openPlanProcesses, riskGroups } from './plan-parts';
import type { ReportWrite } from './use-report';

/** The decided actions, which are the plan's Åtgärder: linked both ways, added here or chosen among the plan's. */
export function ReportActions({ report, plan, write }: { report: ReportDetail; plan: PlanDetail; write: ReportWrite }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [riskId, setRiskId] = useState('');
  const [linkId, setLinkId] = useState('');
  const adding = useSubmit(() => {
    setText('');
    setOwner('');
    setDueDate('');
  });
  const linking = useSubmit(() => setLinkId(''));
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
            <li key={action.id} className="rp-link-item" data-action={action.id}>
              <p className="rp-link-item__text">{action.text}</p>
              <ul className="pe-facts">
                <li>
                  <span className={`pe-status pe-status--${action.status}`}>{t(`domain.actionStatus.${action.status}`)}</span>
                </li>
                {action.owner ? <li>{t('reportScreens.actions.owner', { owner: action.owner })}</li> : null}
                {action.dueDate ? <li>{t('reportScreens.actions.due', { date: formatDay(action.dueDate, i18n.language) })}</li> : null}
                <li>
                  <a href={hashFor('qualityPlan')} onClick={openPlanProcesses}>
                    {t('reportScreens.actions.showInPlan')}
                  </a>
                </li>
                <li>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('reportScreens.actions.unlinkAria', { text: shortLabel(action.text) })}
                    onClick={() => void write((api, today) => api.reports.linkAction({ id: report.id, actionId: action.id, linked: false, today }))}
                  >
                    {t('reportScreens.actions.unlink')}
                  </button>
                </li>
              </ul>
            </li>
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
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (linkId) void linking.run(() => write((api, today) => api.reports.linkAction({ id: report.id, actionId: linkId, today })));
          }}
        >
          <div className="inline-form__row rp-link-row">
            <SelectField label={t('reportScreens.actions.linkTitle')} value={linkId} options={[{ value: '', label: t('reportScreens.actions.linkNone') }]} groups={linkable} onChange={setLinkId} />
            <button type="submit" className="button">
              {t('reportScreens.actions.link')}
            </button>
          </div>
          <FormError id={`rp-link-action-${report.id}`} message={linking.error} />
        </form>
      ) : null}
    </Panel>
  );
}
