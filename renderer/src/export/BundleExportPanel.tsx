import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';
import { useCurrentPlan } from '../plans/current-plan';
import { usePlans } from '../plans/plans';
import { useUnits } from '../plans/units';
import { useExportStatus } from './export-store';
import { PendingExports } from './PendingExports';
import { formatDateTime } from '../format';
import { Panel } from '../components/Panel';

/** Exports a plan of this database's own units as a yearly bundle, and tells where it went. */
export function BundleExportPanel() {
  const { t, i18n } = useTranslation();
  const units = useUnits((state) => state.units);
  const plans = usePlans((state) => state.plans);
  const currentPlanId = useCurrentPlan((state) => state.planId);
  const status = useExportStatus((state) => state.status);
  const own = plans.filter((plan) => units.some((unit) => unit.id === plan.unitId && unit.origin === 'local'));
  const [chosen, setChosen] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ delivered: boolean; fileName: string } | null>(null);
  const submit = useSubmit();
  const planId = chosen ?? own.find((plan) => plan.id === currentPlanId)?.id ?? own[0]?.id ?? '';
  const unitName = (unitId: string) => units.find((unit) => unit.id === unitId)?.name ?? '';
  const last = status?.lastDelivery;

  async function onExport() {
    setOutcome(null);
    await submit.run(async () => {
      const result = await request((api) => api.bundles.export({ planId }));
      if (result.ok) {
        setOutcome(result.value);
        useExportStatus.getState().show(result.value.status);
      }
      return result;
    });
  }

  return (
    <Panel title={t('exportScreen.bundle.title')}>
      <p>{t('exportScreen.bundle.intro')}</p>
      {own.length === 0 ? (
        <p className="empty-note">{t('exportScreen.bundle.noPlans')}</p>
      ) : (
        <div className="export-choice">
          <label htmlFor="export-plan">{t('exportScreen.bundle.plan')}</label>
          <select id="export-plan" value={planId} onChange={(event) => setChosen(event.target.value)}>
            {own.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {`${plan.title} (${unitName(plan.unitId)})`}
              </option>
            ))}
          </select>
          <div className="button-row export-actions">
            <button type="button" className="button button--primary" disabled={submit.saving || planId === ''} onClick={() => void onExport()}>
              {submit.saving ? t('exportScreen.bundle.exporting') : t('exportScreen.bundle.export')}
            </button>
          </div>
        </div>
      )}
      <FormError id="export-bundle-error" message={submit.error} />
      <div role="status">
        {outcome ? (
          <p className="notice notice--info export-outcome">
            {t(outcome.delivered ? 'exportScreen.bundle.delivered' : 'exportScreen.bundle.waiting', { file: outcome.fileName })}
          </p>
        ) : null}
      </div>
      <h3 className="section-title">{t('exportScreen.bundle.last')}</h3>
      <p className="export-last">
        {last
          ? t('exportScreen.bundle.lastText', {
              file: last.fileName,
              unit: last.unitName,
              year: last.year,
              folder: last.folder,
              when: formatDateTime(last.verifiedAt, i18n.language),
            })
          : t('exportScreen.bundle.neverExported')}
      </p>
      <PendingExports />
    </Panel>
  );
}
