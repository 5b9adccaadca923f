import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, type ReportStatus } from '../../../../shared/reports/kinds';
import type { ReportDetail } from '../../../../shared/reports/report';
import { FormError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { useSubmit } from '../../hooks/use-submit';
import type { ReportWrite } from './use-report';

/** Mottagen → under utredning → åtgärdad → avslutad: each step a button, refused with what is still missing. */
export function StatusSteps({ report, write }: { report: ReportDetail; write: ReportWrite }) {
  const { t } = useTranslation();
  const { saving, error, run } = useSubmit();
  const [moved, setMoved] = useState<ReportStatus | null>(null);
  const current = REPORT_STATUSES.indexOf(report.status);

  async function move(status: ReportStatus) {
    setMoved(null);
    if (await run(() => write((api, today) => api.reports.setStatus({ id: report.id, status, today })))) setMoved(status);
  }

  return (
    <Panel className="rp-steps" title={t('reportScreens.steps.title')}>
      <p className="muted">{t('reportScreens.steps.lead')}</p>
      <ol className="rp-steps__list">
        {REPORT_STATUSES.map((status, index) => {
          const here = index === current;
          return (
            <li key={status} className={`rp-step${here ? ' rp-step--current' : ''}${index < current ? ' rp-step--done' : ''}`}>
              {here ? (
                <span className="rp-step__label" aria-current="step">
                  {t(`reportScreens.status.${status}`)}
                  <span className="visually-hidden"> ({t('reportScreens.steps.current')})</span>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={saving}
                  aria-label={t('reportScreens.steps.moveTo', { status: t(`reportScreens.status.${status}`) })}
                  onClick={() => void move(status)}
                >
                  {t(`reportScreens.status.${status}`)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <FormError id={`rp-steps-error-${report.id}`} message={error} />
      <p className="form-success" role="status">
        {moved && !error ? t('reportScreens.steps.moved', { status: t(`reportScreens.status.${moved}`) }) : ''}
      </p>
    </Panel>
  );
}
