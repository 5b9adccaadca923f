import { useTranslation } from 'react-i18next';
import type { ManualResult } from '../../../shared/results/manual';
import { periodOf } from '../../../shared/results/periods';
import { periodLabel } from './period-labels';
import { formatDate, formatFigure } from '../format';

interface ManualItemProps {
  manual: ManualResult;
  unit: string;
  canWrite: boolean;
  onEdit(): void;
  onRemove(): void;
}

/** One manual result: its period, figure and analysis, who entered it, and the ways to change it. */
export function ManualItem({ manual, unit, canWrite, onEdit, onRemove }: ManualItemProps) {
  const { t, i18n } = useTranslation();
  const label = periodLabel(t, periodOf(manual.periodStart, manual.periodKind));
  const inSentence = periodLabel(t, periodOf(manual.periodStart, manual.periodKind), true);
  return (
    <li className="rs-manual" data-manual={manual.periodStart}>
      <div className="rs-manual__main">
        <p className="rs-manual__period">
          {label} <span className="rs-manual__kind">{t(`resultScreens.choice.${manual.periodKind}`)}</span>
        </p>
        <p className="rs-manual__value">
          {manual.value === null ? <span className="muted">{t('resultScreens.manual.analysisOnly')}</span> : formatFigure(manual.value, unit, i18n.language)}
        </p>
        {manual.analysis ? <p className="rs-manual__analysis">{manual.analysis}</p> : null}
        <p className="rs-cell-note">{t('resultScreens.drill.manualBy', { name: manual.createdBy, date: formatDate(manual.createdAt, i18n.language) })}</p>
      </div>
      {canWrite ? (
        <div className="rs-manual__tools">
          <button type="button" className="button button--small" aria-label={t('resultScreens.manual.editAria', { period: inSentence })} onClick={onEdit}>
            {t('resultScreens.manual.edit')}
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={t('resultScreens.manual.removeAria', { period: inSentence })} onClick={onRemove}>
            {t('resultScreens.manual.remove')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
