import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ReportDetail } from '../../../../shared/reports/report';
import { EditForm } from '../../components/EditForm';
import { SelectField, TextField } from '../../components/fields';
import { Panel } from '../../components/Panel';
import { shortLabel } from '../../format';
import { useSubmit } from '../../hooks/use-submit';
import { processOptions } from '../options';
import { riskGroups } from './plan-parts';
import { LinkChooser, LinkedItem } from './PlanLinkParts';
import type { ReportWrite } from './use-report';

/** "This reveals a risk": a new risk in the process's riskanalys, or one already there, linked both ways. */
export function ReportRisks({ report, plan, write }: { report: ReportDetail; plan: PlanDetail; write: ReportWrite }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [processId, setProcessId] = useState(report.processId ?? plan.processes[0]?.id ?? '');
  const adding = useSubmit(() => setText(''));
  const linkable = riskGroups(plan, report.risks.map((risk) => risk.id));

  return (
    <Panel className="rp-links" title={t('reportScreens.risks.title')}>
      <p className="muted">{t('reportScreens.risks.lead')}</p>
      {report.risks.length === 0 ? (
        <p className="empty-note">{t('reportScreens.risks.none')}</p>
      ) : (
        <ul className="rp-link-list">
          {report.risks.map((risk) => (
            <LinkedItem
              key={risk.id}
              text={risk.text}
              facts={<li>{risk.processName}</li>}
              unlinkLabel={t('reportScreens.risks.unlinkAria', { text: shortLabel(risk.text) })}
              onUnlink={() => void write((api, today) => api.reports.linkRisk({ id: report.id, riskId: risk.id, linked: false, today }))}
            />
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
        <LinkChooser
          label={t('reportScreens.risks.linkTitle')}
          noneLabel={t('reportScreens.risks.linkNone')}
          submitLabel={t('reportScreens.risks.link')}
          groups={linkable}
          errorId={`rp-link-risk-${report.id}`}
          link={(riskId) => write((api, today) => api.reports.linkRisk({ id: report.id, riskId, today }))}
        />
      ) : null}
    </Panel>
  );
}
