import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { periodLabel } from './period-labels';
import { StatusBadge } from './StatusBadge';
import { useResultsView } from './view-store';
import { formatCount, formatFigure } from '../format';
import { unitOf } from './unit-of';

type CellProps = { control: ControlResults };

/** The control's definition as the way into its detail, with how it is measured beneath. */
export function ControlNameCell({ control }: CellProps) {
  const { t } = useTranslation();
  const openControl = useResultsView((state) => state.openControl);
  return (
    <>
      <button type="button" className="text-button rs-link-button" data-control={control.controlId} onClick={() => openControl(control.controlId)}>
        {control.definition}
      </button>
      <span className="rs-cell-note">
        {t(`domain.measureMethod.${control.method}`)} · {t(`domain.measureFrequency.${control.frequency}`)}
      </span>
    </>
  );
}

/** The last period of the year that has a value: the figure, and which period it is. */
export function LatestCell({ control }: CellProps) {
  const { t, i18n } = useTranslation();
  const latest = control.latest;
  if (!latest || latest.value === null) return <span className="muted">{t('resultScreens.table.noValue')}</span>;
  return (
    <>
      <span className="rs-figure">{formatFigure(latest.value, unitOf(control), i18n.language)}</span>
      <span className="rs-cell-note">{periodLabel(t, latest.period)}</span>
    </>
  );
}

export function StatusCell({ control }: CellProps) {
  return <StatusBadge status={control.latest?.status ?? 'none'} hasTarget={control.targetValue !== null} />;
}

/** How many answers the latest figure rests on; a manual figure has none in the app. */
export function BasisCell({ control }: CellProps) {
  const { t, i18n } = useTranslation();
  const latest = control.latest;
  if (!latest || latest.source !== 'checklist' || !latest.computed) return <span className="muted">–</span>;
  return <>{t('resultScreens.table.answers', { count: latest.computed.n, formatted: formatCount(latest.computed.n, i18n.language) })}</>;
}

export function SourceCell({ control }: CellProps) {
  const { t } = useTranslation();
  const source = control.latest?.source;
  if (!source) return <span className="muted">–</span>;
  return <>{t(`resultScreens.source.${source}`)}</>;
}
