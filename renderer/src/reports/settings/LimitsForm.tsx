import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSettings } from '../../../../shared/reports/settings';
import { FormError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { useSubmit } from '../../hooks/use-submit';
import { useReportsData } from '../data-store';

const asDays = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** Per kind: the days within which a report is to be investigated, and for klagomål and synpunkter återkopplad. */
export function LimitsForm({ unitId, settings }: { unitId: string; settings: ReportSettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => settings.map((row) => ({ kind: row.kind, limit: String(row.limitDays), feedback: row.feedbackDays === null ? null : String(row.feedbackDays) })));
  const [saved, setSaved] = useState(false);
  const { saving, error, setError, run } = useSubmit();
  const writeSettings = useReportsData((state) => state.writeSettings);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const changed = draft.filter((row) => {
      const stored = settings.find((candidate) => candidate.kind === row.kind)!;
      return String(stored.limitDays) !== row.limit || (stored.feedbackDays === null ? null : String(stored.feedbackDays)) !== row.feedback;
    });
    for (const row of changed) {
      const limitDays = asDays(row.limit);
      const feedbackDays = row.feedback === null ? null : asDays(row.feedback);
      if (Number.isNaN(limitDays) || (feedbackDays !== null && Number.isNaN(feedbackDays))) {
        setError(`${t(`reportScreens.kind.${row.kind}`)}: ${t('reportScreens.settings.notNumber')}`);
        return;
      }
      // One kind per call, as the contract has it; each is stored before the next is sent.
      if (!(await run(() => writeSettings((api) => api.reports.updateSettings({ unitId, kind: row.kind, limitDays, feedbackDays }))))) return;
    }
    setSaved(true);
  }

  const update = (index: number, patch: Partial<(typeof draft)[number]>) => {
    setSaved(false);
    setDraft((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };

  return (
    <Panel className="rp-limits" title={t('reportScreens.settings.limitsTitle')}>
      <p className="muted">{t('reportScreens.settings.limitsLead')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <table className="table rp-limits__table">
          <thead>
            <tr>
              <th scope="col">{t('reportScreens.register.kindColumn')}</th>
              <th scope="col">{t('reportScreens.settings.limit')}</th>
              <th scope="col">{t('reportScreens.settings.feedback')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.map((row, index) => (
              <tr key={row.kind}>
                <th scope="row">{t(`reportScreens.kindPlural.${row.kind}`)}</th>
                <td>
                  <input
                    type="text"
                    inputMode="numeric"
                    className="rp-days-input"
                    aria-label={`${t(`reportScreens.kindPlural.${row.kind}`)}: ${t('reportScreens.settings.limit')}`}
                    value={row.limit}
                    onChange={(event) => update(index, { limit: event.target.value })}
                  />
                </td>
                <td>
                  {row.feedback === null ? (
                    <span className="muted">–</span>
                  ) : (
                    <input
                      type="text"
                      inputMode="numeric"
                      className="rp-days-input"
                      aria-label={`${t(`reportScreens.kindPlural.${row.kind}`)}: ${t('reportScreens.settings.feedback')}`}
                      value={row.feedback}
                      onChange={(event) => update(index, { feedback: event.target.value })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <FormError id="rp-limits-error" message={error} />
        <p className="rp-limits__foot">
          <button type="submit" className="button button--primary">
            {saving ? t('common.saving') : t('reportScreens.settings.saveLimits')}
          </button>
          <span className="form-success" role="status">
            {saved && !error ? t('reportScreens.settings.saved') : ''}
          </span>
        </p>
      </form>
    </Panel>
  );
}
