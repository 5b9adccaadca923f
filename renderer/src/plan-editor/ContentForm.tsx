import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { Envelope } from '../../../shared/ipc/envelope';
import { useSubmit } from '../hooks/use-submit';
import { EditForm } from '../components/EditForm';

/** What every form for one part of the plan (a process, a risk, a control, an action) is given. */
export interface ContentFormProps<T> {
  title: string;
  submitLabel: string;
  initial?: T;
  onSave(values: T): Promise<Envelope<PlanDetail>>;
  onClose(): void;
  level?: 3 | 4 | 5 | 6;
}

export type Prepared<T> = { ok: true; values: T } | { ok: false; error: string };

interface Props<T> extends ContentFormProps<T> {
  blank: T;
  multiline?: boolean;
  /** Turns what was typed into what is saved, or into a refusal that stands beside the buttons. */
  prepare?(values: T): Prepared<T>;
  children(values: T, set: (patch: Partial<T>) => void): ReactNode;
}

/** The values, the save and the frame shared by the forms of the plan's parts; each form brings only its fields. */
export function ContentForm<T>({ blank, multiline = true, prepare, children, title, submitLabel, initial, onSave, onClose, level }: Props<T>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial ?? blank);
  const { saving, error, setError, run } = useSubmit(onClose);
  const set = (patch: Partial<T>) => setValues((current) => ({ ...current, ...patch }));

  function submit() {
    const prepared: Prepared<T> = prepare ? prepare(values) : { ok: true, values };
    if (!prepared.ok) {
      setError(prepared.error);
      return;
    }
    void run(() => onSave(prepared.values));
  }

  return (
    <EditForm
      enterSaves
      keyHint={multiline ? t('planEditor.common.keyHint') : t('planEditor.common.keyHintSingle')}
      level={level} title={title} submitLabel={submitLabel} saving={saving} error={error} onSubmit={submit} onCancel={onClose}>
      {children(values, set)}
    </EditForm>
  );
}
