import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { request } from '../../api/client';
import { FormError } from '../../components/FormError';
import { downloadBase64 } from './file-bytes';
import { Panel } from '../../components/Panel';

/** Downloads the plan as a spreadsheet (xlsx), to read or edit outside the app. */
export function SpreadsheetExportPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function exportPlan() {
    if (busy) return;
    setBusy(true);
    setDone(null);
    const result = await request((api) => api.plans.exportSpreadsheet({ id: plan.id }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    downloadBase64(result.value.fileName, result.value.base64);
    setDone(result.value.fileName);
  }

  return (
    <Panel title={t('planEditor.files.exportTitle')}>
      <p className="pe-lead">{t('planEditor.files.exportLead')}</p>
      <button type="button" className="button button--primary" onClick={() => void exportPlan()}>
        {busy ? t('planEditor.files.exporting') : t('planEditor.files.export')}
      </button>
      <FormError id={errorId} message={error} />
      <p className="form-success" role="status">
        {done ? t('planEditor.files.exported', { fileName: done }) : null}
      </p>
    </Panel>
  );
}
