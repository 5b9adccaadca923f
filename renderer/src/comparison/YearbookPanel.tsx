import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';

/** The kvalitetsbokslut of the year shown, as a PDF for the board, saved in the shared folder. */
export function YearbookPanel({ year, qualityArea }: { year: number; qualityArea: string }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [saved, setSaved] = useState<{ fileName: string; folder: string } | null>(null);

  async function onCreate() {
    setSaved(null);
    await submit.run(async () => {
      const result = await request((api) => api.comparison.yearbook({ year, ...(qualityArea ? { qualityArea } : {}) }));
      if (result.ok) setSaved(result.value);
      return result;
    });
  }

  return (
    <div className="cmp-yearbook">
      <button type="button" className="button button--primary" disabled={submit.saving} onClick={() => void onCreate()}>
        {submit.saving ? t('comparison.yearbook.creating') : t('comparison.yearbook.create', { year })}
      </button>
      <p className="field-hint">{t('comparison.yearbook.hint')}</p>
      <FormError id="cmp-yearbook-error" message={submit.error} />
      <p role="status" className="form-success">
        {saved ? t('comparison.yearbook.saved', saved) : ''}
      </p>
    </div>
  );
}
