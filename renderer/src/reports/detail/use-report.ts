import { useEffect, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { Envelope } from '../../../../shared/ipc/envelope';
import type { ReportDetail } from '../../../../shared/reports/report';
import { request } from '../../api/client';
import { messageText } from '../../api/message-text';
import { localToday } from '../../results/today';
import { useReportsData } from '../data-store';

export type ReportWrite = (call: (api: Api, today: string) => Promise<Envelope<ReportDetail>>) => Promise<Envelope<ReportDetail>>;

/** One report as the database has it; every write answers with the report as it now is, which replaces it here. */
export function useReport(reportId: string): { report: ReportDetail | null; error: string | null; write: ReportWrite } {
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void request((api) => api.reports.get({ id: reportId, today: localToday() })).then((result) => {
      if (!live) return;
      if (result.ok) setReport(result.value);
      else setError(messageText(result.error));
    });
    return () => {
      live = false;
    };
  }, [reportId]);

  const write: ReportWrite = async (call) => {
    const result = await useReportsData.getState().write(call);
    if (result.ok) setReport(result.value);
    return result;
  };

  return { report, error, write };
}
