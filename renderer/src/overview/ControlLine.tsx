import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/results/overview';
import { hashFor } from '../navigation/sections';
import { periodLabel } from '../results/period-labels';
import { StatusBadge } from '../results/StatusBadge';
import { useResultsView } from '../results/view-store';
import { formatFigure } from '../format';

interface ControlLineProps {
  control: Overview['controls'][number];
  unit: string;
  hasTarget: boolean;
}

/** One control in the overview: its colour, its latest figure, and a link to its results. */
export function ControlLine({ control, unit, hasTarget }: ControlLineProps) {
  const { t, i18n } = useTranslation();
  const latest = control.latest;
  return (
    <li className="ov-control" data-control={control.controlId}>
      <StatusBadge status={control.status} hasTarget={hasTarget} />
      <div className="ov-control__text">
        <a href={hashFor('results')} onClick={() => useResultsView.getState().openFromOverview(control.controlId)}>
          {control.definition}
        </a>
        <span className="rs-cell-note">{control.processName}</span>
      </div>
      <p className="ov-control__figure">
        {latest && latest.value !== null ? (
          <>
            <span className="rs-figure">{formatFigure(latest.value, unit, i18n.language)}</span>
            <span className="rs-cell-note">{periodLabel(t, latest.period)}</span>
          </>
        ) : (
          <span className="muted">{t('overview.colours.noValue')}</span>
        )}
      </p>
    </li>
  );
}
