import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPlanTitle } from '../../../../shared/domain/plan';
import type { Unit } from '../../../../shared/domain/unit';
import { usePlans } from '../../plans/plans';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { cancelOnEscape, SaveCancel } from '../../components/SaveCancel';

interface CreatePlanFormProps {
  unit: Unit;
  onClose(): void;
}

/** Empty or non-numeric text goes to the server as NaN so the user reads the contract's own year message. */
function parseYear(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

export function CreatePlanForm({ unit, onClose }: CreatePlanFormProps) {
  const { t } = useTranslation();
  const createPlan = usePlans((state) => state.create);
  const headingId = useId();
  const yearId = useId();
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  const { saving, error, run } = useSubmit(onClose);

  const previewYear = Number.isInteger(parseYear(year)) ? parseYear(year) : new Date().getFullYear();
  const describedBy = error ? `${hintId} ${errorId}` : hintId;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    void run(() => createPlan({ unitId: unit.id, year: parseYear(year), ...(trimmed ? { title: trimmed } : {}) }));
  }

  return (
    <form className="subform" noValidate onSubmit={submit} onKeyDown={cancelOnEscape(onClose)} aria-labelledby={headingId}>
      <h4 id={headingId} className="subform__title">
        {t('plans.formTitle', { name: unit.name })}
      </h4>
      <div className="subform__fields">
        <div className="field field--year">
          <label htmlFor={yearId}>{t('plans.yearLabel')}</label>
          <input
            id={yearId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            value={year}
            onChange={(event) => setYear(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field field--grow">
          <label htmlFor={titleId}>{t('plans.titleLabel')}</label>
          <input
            id={titleId}
            type="text"
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby={describedBy}
          />
        </div>
      </div>
      <p id={hintId} className="field-hint">
        {t('plans.titleHint', { title: defaultPlanTitle(unit.name, previewYear) })}
      </p>
      <FormError id={errorId} message={error} />
      <div className="button-row">
        <SaveCancel saving={saving} submitLabel={t('plans.create')} onCancel={onClose} />
      </div>
    </form>
  );
}
