import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import type { ManualResult } from '../../../shared/results/manual';
import { PeriodKind } from '../../../shared/results/periods';
import { request } from '../api/client';
import { EditForm } from '../components/EditForm';
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { useSubmit } from '../hooks/use-submit';
import { freePeriods, suggestedStart } from './manual-periods';
import { periodLabel } from './period-labels';
import { parseDecimal } from '../format';
import { unitOf } from './unit-of';

interface ManualFormProps {
  control: ControlResults;
  year: number;
  today: string;
  taken: ManualResult[];
  onSaved(): void;
  onClose(): void;
}

/** A new manual result: the period, chosen among the periods that can take one, a figure, an analysis, or both. */
export function ManualForm({ control, year, today, taken, onSaved, onClose }: ManualFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>(control.periodKind);
  const periods = freePeriods(year, kind, taken);
  const [start, setStart] = useState<string | null>(() => suggestedStart(periods, kind, today));
  const [value, setValue] = useState('');
  const [analysis, setAnalysis] = useState('');
  const { saving, error, setError, run } = useSubmit(() => {
    onSaved();
    onClose();
  });
  const unit = unitOf(control);

  function changeKind(next: PeriodKind) {
    setKind(next);
    setStart(suggestedStart(freePeriods(year, next, taken), next, today));
  }

  function submit() {
    const figure = parseDecimal(value);
    if (figure === undefined) return setError(t('resultScreens.manual.badValue'));
    if (start === null) return setError(t('resultScreens.manual.noFreePeriod'));
    void run(() =>
      request((api) => api.results.manualCreate({ controlId: control.controlId, periodKind: kind, periodStart: start, value: figure, analysis: analysis.trim() })),
    );
  }

  return (
    <EditForm title={t('resultScreens.manual.addTitle')} submitLabel={t('resultScreens.manual.save')} saving={saving} error={error} onSubmit={submit} onCancel={onClose} className="rs-manual-form" enterSaves keyHint={t('planEditor.common.keyHint')}>
      <div className="form-grid">
        <SelectField
          label={t('resultScreens.manual.kind')}
          value={kind}
          options={PeriodKind.options.map((option) => ({ value: option, label: t(`resultScreens.choice.${option}`) }))}
          onChange={changeKind}
        />
        {periods.length > 0 ? (
          <SelectField
            label={t('resultScreens.manual.period')}
            hint={t('resultScreens.manual.periodHint')}
            value={start ?? ''}
            options={periods.map((period) => ({ value: period.start, label: periodLabel(t, period) }))}
            onChange={setStart}
          />
        ) : (
          <p className="field-hint rs-manual-form__full">{t('resultScreens.manual.noFreePeriod')}</p>
        )}
        <TextField
          label={unit ? t('resultScreens.manual.valueWithUnit', { unit }) : t('resultScreens.manual.value')}
          hint={t('resultScreens.manual.valueHint')}
          inputMode="decimal"
          value={value}
          onChange={setValue}
        />
      </div>
      <TextAreaField label={t('resultScreens.manual.analysis')} hint={t('resultScreens.manual.analysisHint')} rows={4} value={analysis} onChange={setAnalysis} />
    </EditForm>
  );
}
