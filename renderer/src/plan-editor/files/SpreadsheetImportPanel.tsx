import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ImportProblem, ImportReport } from '../../../../shared/ipc/plans';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { request } from '../../api/client';
import { FormError } from '../../components/FormError';
import { useCurrentPlan } from '../../plans/current-plan';
import { usePlanDetail } from '../../plans/plan-detail';
import { usePlans } from '../../plans/plans';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { readAsBase64 } from './file-bytes';
import { ImportProblems } from './ImportProblems';
import { Panel } from '../../components/Panel';

interface Pending {
  file: File;
  year: number;
  replaces: Plan;
}

/** Reads a plan from a spreadsheet (xlsx or csv) into this unit, asking first when it would replace a plan of that year. */
export function SpreadsheetImportPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const fileId = useId();
  const yearId = useId();
  const yearHintId = useId();
  const errorId = useId();
  const fileLabelId = useId();
  const fileNameId = useId();
  const plans = usePlans((state) => state.plans);
  const choose = useCurrentPlan((state) => state.choose);
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(plan.year));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [imported, setImported] = useState<{ plan: Plan; rows: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosenYear = Number(year.trim());
    setImported(null);
    setProblems(null);
    if (!file) return setError(t('planEditor.files.noFile'));
    if (!/^\d{4}$/.test(year.trim())) return setError(t('planEditor.files.badYear'));
    setError(null);
    const replaces = plans.find((candidate) => candidate.unitId === plan.unitId && candidate.year === chosenYear);
    if (replaces) setPending({ file, year: chosenYear, replaces });
    else void runImport(file, chosenYear);
  }

  async function runImport(file: File, chosenYear: number): Promise<Envelope<ImportReport>> {
    setBusy(true);
    let result: Envelope<ImportReport>;
    try {
      const base64 = await readAsBase64(file);
      result = await request((api) => api.plans.importSpreadsheet({ unitId: plan.unitId, year: chosenYear, fileName: file.name, base64 }));
    } catch {
      result = { ok: false, error: { code: 'VALIDATION', message: t('planEditor.files.readFailed') } };
    }
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (!result.value.imported) setProblems(result.value.problems);
    else {
      setImported({ plan: result.value.plan, rows: result.value.rows });
      await usePlans.getState().load();
      if (result.value.plan.id === plan.id) await usePlanDetail.getState().load(plan.id);
    }
    return result;
  }

  return (
    <Panel title={t('planEditor.files.importTitle')}>
      <p className="pe-lead">{t('planEditor.files.importLead')}</p>
      <form className="pe-import" noValidate onSubmit={submit}>
        <div className="field pe-import__file">
          <span id={fileLabelId} className="pe-field__label">
            {t('planEditor.files.file')}
          </span>
          {/* The browser's own file button speaks the computer's language; this one speaks the app's. */}
          <div className="pe-file">
            <input
              id={fileId}
              type="file"
              accept=".xlsx,.csv"
              className="pe-file__input"
              aria-labelledby={`${fileLabelId} ${fileNameId}`}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            <label htmlFor={fileId} className="button pe-file__button">
              {t('planEditor.files.chooseFile')}
            </label>
            <span id={fileNameId} className={file ? 'pe-file__name' : 'pe-file__name muted'}>
              {file ? file.name : t('planEditor.files.noFileChosen')}
            </span>
          </div>
        </div>
        <div className="field pe-import__year">
          <label htmlFor={yearId}>{t('planEditor.files.year')}</label>
          <input
            id={yearId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={year}
            aria-describedby={yearHintId}
            onChange={(event) => setYear(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {busy ? t('planEditor.files.importing') : t('planEditor.files.import')}
        </button>
      </form>
      <p id={yearHintId} className="field-hint">
        {t('planEditor.files.yearHint', { unit: plan.unitName })}
      </p>
      <FormError id={errorId} message={error} />
      {problems ? <ImportProblems problems={problems} /> : null}
      <div className="form-success" role="status">
        {imported ? (
          <>
            <p>{t('planEditor.files.imported', { count: imported.rows, title: imported.plan.title })}</p>
            {imported.plan.id !== plan.id ? (
              <button type="button" className="button" onClick={() => choose(imported.plan.id)}>
                {t('planEditor.files.openImported')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {pending ? (
        <ConfirmDialog
          title={t('planEditor.files.replaceTitle')}
          confirmLabel={t('planEditor.files.replaceConfirm')}
          destructive
          onConfirm={async () => {
            const result = await runImport(pending.file, pending.year);
            // The dialog closes on any answer; refusals and the problem report show in the panel.
            return result.ok ? result : { ok: true, value: null };
          }}
          onClose={() => setPending(null)}
        >
          <p>{t('planEditor.files.replaceBody', { title: pending.replaces.title })}</p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
