import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { settingsOf } from '../../../../shared/reports/settings';
import { usePlanDetail } from '../../plans/plan-detail';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDay, shortLabel } from '../../format';
import { request } from '../../api/client';
import { useReportsData } from '../data-store';
import { ReportForm } from '../ReportForm';
import { useReportsView } from '../view-store';
import { HandlingForm } from './HandlingForm';
import { ReportActions } from './ReportActions';
import { ReportFacts } from './ReportFacts';
import { ReportRisks } from './ReportRisks';
import { StatusSteps } from './StatusSteps';
import { useReport } from './use-report';

/** One report: what came in, its handling step by step, and the actions and risks of the plan it led to. */
export function ReportDetailView({ reportId, plan }: { reportId: string; plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const { report, error, write } = useReport(reportId);
  const settings = useReportsData((state) => state.settings);
  const closeReport = useReportsView((state) => state.closeReport);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = report !== null;

  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  // Escape goes back to the register, unless a form or dialog inside takes it first.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('form, dialog')) return;
      closeReport();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeReport]);

  const back = (
    <button type="button" className="button button--small button--quiet" onClick={closeReport}>
      {t('reportScreens.detail.back')}
    </button>
  );
  if (error) {
    return (
      <div className="rp-detail">
        {back}
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      </div>
    );
  }
  if (!report) {
    return (
      <p className="loading" role="status">
        {t('reportScreens.loading')}
      </p>
    );
  }

  const limit = settingsOf(settings, report.kind).limitDays;
  const closed = report.status === 'avslutad';
  // Actions and risks added here are the plan's own: the plan editor and matrix see them at once.
  const writeAndPlan: typeof write = async (call) => {
    const result = await write(call);
    if (result.ok) void usePlanDetail.getState().load(plan.id);
    return result;
  };

  return (
    <article className="rp-detail" aria-labelledby="rp-detail-title">
      <div className="rp-detail__top">{back}</div>
      <header className="rp-detail__head panel">
        <p className="rp-detail__kind">{t(`reportScreens.kind.${report.kind}`)}</p>
        <h2 id="rp-detail-title" ref={heading} tabIndex={-1} className="rp-detail__title">
          {report.subject || t('reportScreens.register.noSubject')}
        </h2>
        <ul className="rp-detail__facts">
          <li>{t('reportScreens.detail.received', { date: formatDay(report.receivedOn, i18n.language) })}</li>
          <li>
            <span className={`rp-status rp-status--${report.status}`}>{t(`reportScreens.status.${report.status}`)}</span>
          </li>
          <li className={report.overdue ? 'rp-days rp-days--overdue' : 'rp-days'}>
            {closed ? t('reportScreens.detail.closedElapsed', { count: report.elapsedDays }) : t('reportScreens.detail.elapsed', { count: report.elapsedDays })}
            {report.overdue ? <span className="rp-days__flag">{t('reportScreens.detail.overdue', { count: limit })}</span> : null}
          </li>
          {!report.overdue && !closed ? <li className="muted">{t('reportScreens.detail.limit', { count: limit })}</li> : null}
        </ul>
      </header>
      <StatusSteps report={report} write={write} />
      {editing ? (
        <ReportForm plan={plan} report={report} onClose={() => setEditing(false)} />
      ) : (
        <ReportFacts report={report} plan={plan} onEdit={() => setEditing(true)} />
      )}
      <HandlingForm report={report} write={write} />
      <ReportRisks report={report} plan={plan} write={writeAndPlan} />
      <ReportActions report={report} plan={plan} write={writeAndPlan} />
      <p>
        <button type="button" className="button button--small button--quiet" onClick={() => setRemoving(true)}>
          {t('reportScreens.detail.remove')}
        </button>
      </p>
      {removing ? (
        <ConfirmDialog
          title={t('reportScreens.detail.removeTitle')}
          confirmLabel={t('reportScreens.detail.removeConfirm')}
          destructive
          onConfirm={() => request((api) => api.reports.remove({ id: report.id, confirm: true }))}
          onClose={(confirmed) => {
            setRemoving(false);
            if (!confirmed) return;
            useReportsView.setState({ reportId: null, returnTo: null });
            void useReportsData.getState().reload();
          }}
        >
          <p>{t('reportScreens.detail.removeBody', { text: shortLabel(report.subject || report.caseRef) })}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
