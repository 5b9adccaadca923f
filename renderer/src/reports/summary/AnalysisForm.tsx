import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodAnalysis } from '../../../../shared/reports/analysis';
import type { Period, PeriodKind } from '../../../../shared/results/periods';
import { request } from '../../api/client';
import { EditForm } from '../../components/EditForm';
import { TextAreaField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';
import { periodLabel } from '../../results/period-labels';

/** The analysdag's conclusion for the period, guarded like every text. */
export function AnalysisForm({ planId, periodKind, period, stored, onSaved }: { planId: string; periodKind: PeriodKind; period: Period; stored: string; onSaved(analyses: PeriodAnalysis[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(stored);
  const [saved, setSaved] = useState(false);
  const { saving, error, run } = useSubmit(() => setSaved(true));

  return (
    <section className="panel rp-analysis" aria-label={`${t('reportScreens.summary.analysis')}: ${periodLabel(t, period)}`}>
      <EditForm
        title={`${t('reportScreens.summary.analysis')}: ${periodLabel(t, period, true)}`}
        submitLabel={t('reportScreens.summary.analysisSave')}
        saving={saving}
        error={error}
        level={3}
        onCancel={() => setText(stored)}
        onSubmit={() =>
          void run(async () => {
            const result = await request((api) => api.reports.setAnalysis({ planId, periodKind, periodStart: period.start, text }));
            if (result.ok) onSaved(result.value);
            return result;
          })
        }
      >
        <TextAreaField
          label={t('reportScreens.summary.analysis')}
          hint={t('reportScreens.summary.analysisHint')}
          rows={4}
          value={text}
          onChange={(value) => {
            setSaved(false);
            setText(value);
          }}
        />
      </EditForm>
      <p className="form-success" role="status">
        {saved && !error ? t('reportScreens.summary.analysisSaved') : ''}
      </p>
    </section>
  );
}
