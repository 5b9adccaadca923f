import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { PeriodAnalysis } from '../../../../shared/reports/analysis';
import { PeriodKind } from '../../../../shared/results/periods';
import { useRemote } from '../../api/use-remote';
import { SelectField } from '../../components/fields';
import { Panel } from '../../components/Panel';
import { periodLabel } from '../../results/period-labels';
import { localToday } from '../../results/today';
import { useReportsView } from '../view-store';
import { AnalysisForm } from './AnalysisForm';
import { PeriodFigures } from './PeriodFigures';
import { SummaryChart } from './SummaryChart';

/** The sammanställning: the year's periods of a kind, one of them in figures beside its comparisons, and its analysis. */
export function SummaryView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const periodKind = useReportsView((state) => state.periodKind);
  const choosePeriodKind = useReportsView((state) => state.choosePeriodKind);
  const [chosen, setChosen] = useState<string | null>(null);
  // What a save answered with is newer than what was loaded when the screen opened.
  const [savedAnalyses, setSavedAnalyses] = useState<PeriodAnalysis[] | null>(null);
  const today = localToday();
  const compilation = useRemote(`${plan.id}|${periodKind}|${today}`, (api) => api.reports.summary({ planId: plan.id, periodKind, today }));
  const analyses = useRemote(`analyses|${plan.id}`, (api) => api.reports.analyses({ planId: plan.id }));
  const periods = compilation.current ? (compilation.value?.periods ?? []) : [];
  // The period of today when it is in the plan's year, else the last one.
  const fallback = periods.find((period) => period.period.start <= today && today <= period.period.end) ?? periods.at(-1);
  const shown = periods.find((period) => period.period.start === chosen) ?? fallback;

  return (
    <div className="rp-summary">
      <Panel className="rp-summary__head" title={t('reportScreens.summary.title')}>
        <p className="muted">{t('reportScreens.summary.lead')}</p>
        <div className="rp-summary__pickers">
          <SelectField
            label={t('reportScreens.summary.periodKind')}
            value={periodKind}
            options={PeriodKind.options.map((kind) => ({ value: kind, label: t(`reportScreens.summary.kinds.${kind}`) }))}
            onChange={(kind) => {
              setChosen(null);
              choosePeriodKind(kind);
            }}
          />
          {periods.length > 1 ? (
            <SelectField
              label={t('reportScreens.summary.period')}
              value={shown?.period.start ?? ''}
              options={periods.map((period) => ({ value: period.period.start, label: periodLabel(t, period.period) }))}
              onChange={setChosen}
            />
          ) : null}
        </div>
      </Panel>
      {compilation.error ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('reportScreens.summary.loadFailed')}</p>
          <p>{compilation.error}</p>
        </div>
      ) : !compilation.current || !compilation.value || !shown ? (
        <p className="loading" role="status">
          {t('reportScreens.summary.loading')}
        </p>
      ) : (
        <>
          <PeriodFigures period={shown} open={compilation.value.open} plan={plan} />
          <AnalysisForm
            key={`${periodKind}|${shown.period.start}|${analyses.current ? 'loaded' : 'loading'}`}
            planId={plan.id}
            periodKind={periodKind}
            period={shown.period}
            onSaved={setSavedAnalyses}
            stored={(savedAnalyses ?? analyses.value)?.find((analysis) => analysis.periodKind === periodKind && analysis.periodStart === shown.period.start)?.text ?? ''}
          />
          {periods.length > 1 ? <SummaryChart periods={periods} /> : null}
        </>
      )}
    </div>
  );
}
