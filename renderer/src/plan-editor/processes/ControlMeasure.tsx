import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, hasSender, type ReportKind } from '../../../../shared/reports/kinds';
import type { RegisterMeasure, RegisterMetric } from '../../../../shared/reports/measure';
import { request } from '../../api/client';
import { useRemote } from '../../api/use-remote';
import { EditForm } from '../../components/EditForm';
import { SelectField, TextField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';

/** Fourteen days is the limit most units set for återkoppling and utredning alike. */
const DEFAULT_DAYS = 14;

const metricsFor = (kind: ReportKind): RegisterMetric[] =>
  hasSender(kind) ? ['received', 'investigated_within', 'feedback_within'] : ['received', 'investigated_within'];

interface MeasureFormProps {
  initial: RegisterMeasure | null;
  save(measure: RegisterMeasure | null): Promise<boolean>;
  saving: boolean;
  error: string | null;
  setError(message: string): void;
  onClose(): void;
}

function MeasureForm({ initial, save, saving, error, setError, onClose }: MeasureFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReportKind>(initial?.kind ?? 'avvikelse');
  const [metric, setMetric] = useState<RegisterMetric>(initial?.metric ?? 'received');
  const [days, setDays] = useState(String(initial?.days ?? DEFAULT_DAYS));
  const metrics = metricsFor(kind);

  function chooseKind(next: ReportKind) {
    setKind(next);
    if (!metricsFor(next).includes(metric)) setMetric('investigated_within');
  }

  function submit() {
    if (metric === 'received') return void save({ kind, metric, days: null });
    if (!/^\d+$/.test(days.trim())) return setError(t('planEditor.controls.measure.badDays'));
    void save({ kind, metric, days: Number(days.trim()) });
  }

  return (
    <EditForm
      enterSaves
      level={6}
      className="pe-measure__form"
      keyHint={t('planEditor.common.keyHintSingle')}
      title={t('planEditor.controls.measure.formTitle')}
      submitLabel={t('common.save')}
      saving={saving}
      error={error}
      onSubmit={submit}
      onCancel={onClose}
    >
      <div className="form-grid">
        <SelectField
          label={t('planEditor.controls.measure.kind')}
          value={kind}
          options={REPORT_KINDS.map((value) => ({ value, label: t(`reportScreens.kind.${value}`) }))}
          onChange={chooseKind}
        />
        <SelectField<RegisterMetric>
          label={t('planEditor.controls.measure.metric')}
          hint={hasSender(kind) ? undefined : t('planEditor.controls.measure.feedbackOnlyHint')}
          value={metric}
          options={metrics.map((value) => ({ value, label: t(`planEditor.controls.measure.metrics.${value}`) }))}
          onChange={setMetric}
        />
        {metric === 'received' ? null : (
          <TextField label={t('planEditor.controls.measure.days')} hint={t('planEditor.controls.measure.daysHint')} inputMode="numeric" value={days} onChange={setDays} />
        )}
      </div>
      {initial ? (
        <button type="button" className="button button--quiet" disabled={saving} onClick={() => void save(null)}>
          {t('planEditor.controls.measure.remove')}
        </button>
      ) : null}
    </EditForm>
  );
}

/** What the measure says on the control's entry, e.g. "andel klagomål med återkoppling inom 14 dagar". */
function useMeasureText() {
  const { t } = useTranslation();
  return (measure: RegisterMeasure) => {
    const kinds = t(`planEditor.controls.measure.kinds.${measure.kind}`);
    return measure.days === null
      ? t('planEditor.controls.measure.summary.received', { kinds })
      : t(`planEditor.controls.measure.summary.${measure.metric === 'feedback_within' ? 'feedback_within' : 'investigated_within'}`, { kinds, count: measure.days });
  };
}

/**
 * Whether the control is measured from the register of reports, and the form that makes it so
 * or undoes it. Saved on its own channel beside the control's content, under the same lock.
 */
export function ControlMeasure({ controlId, name, canEdit }: { controlId: string; name: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const loaded = useRemote(`measure:${controlId}`, (api) => api.reports.measure({ controlId }));
  const [saved, setSaved] = useState<{ measure: RegisterMeasure | null } | null>(null);
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const { saving, error, setError, run } = useSubmit(() => setEditing(false));
  const text = useMeasureText();
  const measure = saved ? saved.measure : loaded.value;

  // A closed form gives the focus back to the button that opened it, so the keyboard stays at the control.
  useEffect(() => {
    if (wasEditing.current && !editing) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function save(next: RegisterMeasure | null) {
    return run(async () => {
      const result = await request((api) => api.reports.setMeasure({ controlId, measure: next }));
      if (result.ok) setSaved({ measure: result.value });
      return result;
    });
  }

  if (editing) {
    return <MeasureForm initial={measure} save={save} saving={saving} error={error} setError={setError} onClose={() => setEditing(false)} />;
  }
  if (!measure && !canEdit) return null;
  return (
    <div className="pe-measure">
      {measure ? <p className="pe-measure__text">{t('planEditor.controls.measure.current', { measure: text(measure) })}</p> : null}
      {canEdit ? (
        <button
          ref={opener}
          type="button"
          className="button button--small button--quiet"
          aria-label={t(measure ? 'planEditor.controls.measure.changeAria' : 'planEditor.controls.measure.startAria', { text: name })}
          onClick={() => setEditing(true)}
        >
          {measure ? t('planEditor.controls.measure.change') : t('planEditor.controls.measure.start')}
        </button>
      ) : null}
    </div>
  );
}
