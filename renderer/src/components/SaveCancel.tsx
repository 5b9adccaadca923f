import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The two buttons that end every small form: save (saying so while it saves) and cancel. */
export function SaveCancel({ saving, submitLabel, onCancel }: { saving: boolean; submitLabel?: string; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="submit" className="button button--primary">
        {saving ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </>
  );
}

/** Escape leaves a form without saving, wherever in it the focus is. */
export const cancelOnEscape = (onCancel: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  onCancel();
};
