import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { ControlFacts } from './ControlFacts';
import { DrillDown } from './DrillDown';
import { LatestFigure } from './LatestFigure';
import { ManualResults } from './ManualResults';
import { PeriodsTable } from './PeriodsTable';
import { TrendChart } from './TrendChart';
import { useResultsView } from './view-store';
import { YearsChart } from './YearsChart';

interface ControlDetailProps {
  control: ControlResults;
  year: number;
}

/** One control: its latest figure against the target, the trend, every period and what lies behind each figure. */
export function ControlDetail({ control, year }: ControlDetailProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const closeControl = useResultsView((state) => state.closeControl);
  const drillStart = useResultsView((state) => state.drillStart);
  const drilled = control.periods.find((result) => result.period.start === drillStart) ?? null;

  // Opening another control is like turning a page: the screen starts from the top, the reader at its title.
  useEffect(() => {
    heading.current?.closest('.app-main')?.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [control.controlId]);

  return (
    <article className="rs-detail" aria-labelledby={headingId}>
      <div className="rs-detail__top">
        <button type="button" className="button button--small button--quiet" onClick={closeControl}>
          <span aria-hidden="true">←</span> {t('resultScreens.detail.back')}
        </button>
      </div>
      <header className="rs-detail__header">
        <p className="rs-detail__process">{control.processName}</p>
        <h2 id={headingId} ref={heading} tabIndex={-1} className="rs-detail__title">
          {control.definition}
        </h2>
        <p className="rs-detail__risk">
          <span className="muted">{t('resultScreens.detail.risk')}</span> {control.riskText}
        </p>
      </header>
      <div className="rs-detail__summary">
        <LatestFigure control={control} />
        <ControlFacts control={control} />
      </div>
      <TrendChart control={control} year={year} />
      <YearsChart control={control} />
      <PeriodsTable control={control} />
      {drilled ? <DrillDown key={drilled.period.start} control={control} result={drilled} /> : null}
      <ManualResults control={control} year={year} />
    </article>
  );
}
