import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults, DrillDown as DrillDownData, PeriodResult } from '../../../shared/results/control-results';
import { useResultsData } from './data-store';
import { DrillRun } from './DrillRun';
import { DrillSummary } from './DrillSummary';
import { periodLabel } from './period-labels';
import { DRILL_PANEL_ID } from './PeriodsTable';
import { useRemote } from '../api/use-remote';
import { useResultsView } from './view-store';

const RUNS_PER_PAGE = 12;

interface DrillDownProps {
  control: ControlResults;
  result: PeriodResult;
}

/** Behind one period's figure: how it was counted, and every run, case and answer it was counted from. */
export function DrillDown({ control, result }: DrillDownProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const revision = useResultsData((state) => state.revision);
  const drill = useResultsView((state) => state.drill);
  const [shown, setShown] = useState(RUNS_PER_PAGE);
  const { period } = result;
  const key = `${control.controlId}|${period.kind}|${period.start}|${revision}`;
  const remote = useRemote<DrillDownData>(key, (api) => api.results.drillDown({ controlId: control.controlId, periodKind: period.kind, periodStart: period.start }));
  const data = remote.value && remote.value.period.start === period.start && remote.value.controlId === control.controlId ? remote.value : null;

  const loaded = data !== null;

  // The reader moves to the opened figure; once its answers are in, the panel is brought into view from its top.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [period.start]);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
  }, [period.start, loaded]);

  const items = new Map((data?.items ?? []).map((item) => [item.itemId, item]));
  const runs = data?.runs ?? [];

  return (
    <section id={DRILL_PANEL_ID} className="rs-section rs-drill" aria-labelledby={headingId} aria-busy={!remote.current}>
      <div className="rs-drill__head">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="rs-section__title">
          {t('resultScreens.drill.title', { period: periodLabel(t, period, true) })}
        </h3>
        <button type="button" className="button button--small button--quiet" onClick={() => drill(null)}>
          {t('resultScreens.drill.close')}
        </button>
      </div>
      {remote.error ? (
        <p className="form-error" role="alert">
          {remote.error}
        </p>
      ) : !data ? (
        <p className="loading" role="status">
          {t('resultScreens.drill.loading')}
        </p>
      ) : (
        <>
          <DrillSummary control={control} drill={data} />
          {runs.length === 0 ? <p className="muted">{t('resultScreens.drill.noRuns')}</p> : null}
          {runs.slice(0, shown).map((run) => (
            <DrillRun key={run.runId} run={run} items={items} aggregation={data.computed?.aggregation ?? control.aggregation ?? 'share_yes'} limit={control.limitValue} />
          ))}
          {runs.length > shown ? (
            <button type="button" className="button" onClick={() => setShown((count) => count + RUNS_PER_PAGE)}>
              {t('resultScreens.drill.more', { count: Math.min(RUNS_PER_PAGE, runs.length - shown), total: runs.length })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
