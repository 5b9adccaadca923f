import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ReportDetail } from '../../../../shared/reports/report';
import { EditForm } from '../../components/EditForm';
import { SelectField, TextField } from '../../components/fields';
import { FormError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { shortLabel } from '../../format';
import { useSubmit } from '../../hooks/use-submit';
import { hashFor } from '../../navigation/sections';
import { processOptions } from '../options';
import { openPlanProcesses, riskGroups } from './plan-parts';
import type { ReportWrite } from './use-report';

/** "This reveals a risk": a new risk in the process's riskanalys, or one already there, linked both ways. */
export function ReportRisks({ report, plan, write }: { report: ReportDetail; plan: PlanDetail; write: ReportWrite }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [processId, setProcessId] = useState(report.processId ?? plan.processes[0]?.id ?? '');
  const [linkId, setLinkId] = useState('');
  const adding = useSubmit(() => setText(''));
  const linking = useSubmit(() => setLinkId(''));
  const linkable = riskGroups(plan, report.risks.map((risk) => risk.id));

  return (
    <Panel className="rp-links" title={t('reportScreens.risks.title')}>
      <p className="muted">{t('reportScreens.risks.lead')}</p>
      {report.risks.length === 0 ? (
        <p className="empty-note">{t('reportScreens.risks.none')}</p>
      ) : (
        <ul className="rp-link-list">
          {report.risks.map((risk) => (
            <li key={risk.id} className="rp-link-item">
              <p className="rp-link-item__text">{risk.text}</p>
              <ul className="pe-facts">
                <li>{risk.processName}</li>
                <li>
                  <a href={hashFor('qualityPlan')} onClick={openPlanProcesses}>
                    {t('reportScreens.actions.showInPlan')}
                  </a>
                </li>
                <li>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('reportScreens.risks.unlinkAria', { text: shortLabel(risk.text) })}
                    onClick={() => void write((api, today) => api.reports.linkRisk({ id: report.id, riskId: risk.id, linked: false, today }))}
                  >
                    {t('reportScreens.actions.unlink')}
                  </button>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
      {plan.processes.length > 0 ? (
        <EditForm
          title={t('reportScreens.risks.addTitle')}
          submitLabel={t('reportScreens.risks.add')}
          saving={adding.saving}
          error={adding.error}
          level={3}
          onCancel={() => setText('')}
          onSubmit={() => void adding.run(() => write((api, today) => api.reports.addRisk({ id: report.id, text, processId: processId || undefined, qualityAreaIds: report.qualityAreaIds, today })))}
        >
          <div className="rp-form__grid">
            <TextField label={t('reportScreens.risks.text')} value={text} onChange={setText} />
            <SelectField label={t('reportScreens.risks.process')} value={processId} options={processOptions(plan)} onChange={setProcessId} />
          </div>
        </EditForm>
      ) : null}
      {linkable.length > 0 ? (
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (linkId) void linking.run(() => write((api, today) => api.reports.linkRisk({ id: report.id, riskId: linkId, today })));
          }}
        >
          <div className="inline-form__row rp-link-row">
            <SelectField label={t('reportScreens.risks.linkTitle')} value={linkId} options={[{ value: '', label: t('reportScreens.risks.linkNone') }]} groups={linkable} onChange={setLinkId} />
            <button type="submit" className="button">
              {t('reportScreens.risks.link')}
            </button>
          </div>
          <FormError id={`rp-link-risk-${report.id}`} message={linking.error} />
        </form>
      ) : null}
    </Panel>
  );
}
