import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManualResult } from '../../../shared/results/manual';
import { periodOf } from '../../../shared/results/periods';
import { request } from '../api/client';
import { EditForm } from '../components/EditForm';
import { TextAreaField, TextField } from '../components/fields';
import { useSubmit } from '../hooks/use-submit';
import { periodLabel } from './period-labels';
import { decimalText, parseDecimal } from '../format';

interface ManualEditFormProps {
  manual: ManualResult;
  unit: string;
  onSaved(): void;
  onClose(): void;
}

/** A manual result's figure and analysis changed; its period stays (remove it and add another to move it). */
export function ManualEditForm({ manual, unit, onSaved, onClose }: ManualEditFormProps) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState(decimalText(manual.value, i18n.language));
  const [analysis, setAnalysis] = useState(manual.analysis);
  const { saving, error, setError, run } = useSubmit(() => {
    onSaved();
    onClose();
  });
  const label = periodLabel(t, periodOf(manual.periodStart, manual.periodKind), true);

  function submit() {
    const figure = parseDecimal(value);
    if (figure === undefined) return setError(t('resultScreens.manual.badValue'));
    void run(() => request((api) => api.results.manualUpdate({ id: manual.id, patch: { value: figure, analysis: analysis.trim() } })));
  }

  return (
    <EditForm title={t('resultScreens.manual.editTitle', { period: label })} submitLabel={t('resultScreens.manual.save')} saving={saving} error={error} onSubmit={submit} onCancel={onClose} className="rs-manual-form" enterSaves keyHint={t('planEditor.common.keyHint')}>
      <div className="form-grid">
        <TextField
          label={unit ? t('resultScreens.manual.valueWithUnit', { unit }) : t('resultScreens.manual.value')}
          hint={t('resultScreens.manual.valueHint')}
          inputMode="decimal"
          autoFocus
          value={value}
          onChange={setValue}
        />
      </div>
      <TextAreaField label={t('resultScreens.manual.analysis')} hint={t('resultScreens.manual.analysisHint')} rows={4} value={analysis} onChange={setAnalysis} />
    </EditForm>
  );
}
