import { useTranslation } from 'react-i18next';
import type { ControlResults, DrillDown } from '../../../shared/results/control-results';
import { StatusBadge } from './StatusBadge';
import { formatCount, formatDate, formatFigure, formatSetValue } from '../format';
import { unitOf } from './unit-of';

interface DrillSummaryProps {
  control: ControlResults;
  drill: DrillDown;
}

/** The figure in words, the way one would count it by hand from the answers listed below. */
function useCalculation(control: ControlResults, drill: DrillDown): string[] {
  const { t, i18n } = useTranslation();
  const computed = drill.computed;
  if (!computed || computed.n === 0) return [t('resultScreens.drill.noAnswers')];
  const language = i18n.language;
  const unit = unitOf(control);
  const value = computed.value === null ? t('resultScreens.drill.noFigure') : formatFigure(computed.value, unit, language);
  const count = (n: number | null) => formatCount(n ?? 0, language);
  switch (computed.aggregation) {
    case 'share_yes':
    case 'count_yes': {
      const excluded = computed.n - (computed.denominator ?? 0);
      const main =
        computed.aggregation === 'share_yes'
          ? t('resultScreens.drill.shareYes', { yes: count(computed.numerator), counted: count(computed.denominator), value })
          : t('resultScreens.drill.countYes', { yes: count(computed.numerator), counted: count(computed.denominator) });
      return excluded > 0 ? [main, t('resultScreens.drill.excluded', { count: excluded })] : [main];
    }
    case 'share_within':
      return [
        t('resultScreens.drill.shareWithin', {
          within: count(computed.numerator),
          n: count(computed.n),
          limit: formatSetValue(control.limitValue ?? 0, '', language),
          value,
        }),
      ];
    default:
      return [t(`resultScreens.drill.${computed.aggregation}`, { n: count(computed.n), value })];
  }
}

export function DrillSummary({ control, drill }: DrillSummaryProps) {
  const { t, i18n } = useTranslation();
  const lines = useCalculation(control, drill);
  const unit = unitOf(control);
  const cases = drill.runs.reduce((sum, run) => sum + run.cases.length, 0);
  const manual = drill.manual;

  return (
    <div className="rs-drill__summary">
      <div className="rs-drill__figure">
        <span className="rs-drill__value">{drill.value === null ? t('resultScreens.table.noValue') : formatFigure(drill.value, unit, i18n.language)}</span>
        <StatusBadge status={drill.status} hasTarget={control.targetValue !== null} />
      </div>
      <div className="rs-drill__words">
        <p className="rs-calculation">{lines.join(' ')}</p>
        {drill.runs.length > 0 ? <p>{t('resultScreens.drill.basis', { cases: t('resultScreens.drill.cases', { count: cases }), runs: t('resultScreens.drill.runs', { count: drill.runs.length }) })}</p> : null}
        {manual ? (
          <div className="rs-manual-note">
            {manual.value !== null ? (
              <p>
                <strong>{t('resultScreens.drill.manualReplaces', { value: formatFigure(manual.value, unit, i18n.language) })}</strong>
              </p>
            ) : null}
            {manual.analysis ? (
              <p>
                <span className="muted">{t('resultScreens.drill.analysis')}</span> {manual.analysis}
              </p>
            ) : null}
            <p className="muted">{t('resultScreens.drill.manualBy', { name: manual.createdBy, date: formatDate(manual.createdAt, i18n.language) })}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
