import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { periodLabel } from './period-labels';
import { StatusBadge } from './StatusBadge';
import { bandTexts, targetText } from './target-text';
import { formatFigure } from '../format';
import { unitOf } from './unit-of';

/** The latest figure, large, beside the target and what each colour means for this control. */
export function LatestFigure({ control }: { control: ControlResults }) {
  const { t, i18n } = useTranslation();
  const latest = control.latest;
  const bands = bandTexts(t, control, i18n.language);

  return (
    <section className="rs-latest" aria-label={t('resultScreens.detail.latestLabel')}>
      <p className="rs-latest__caption">{t('resultScreens.detail.latest')}</p>
      {latest && latest.value !== null ? (
        <>
          <p className="rs-latest__value">{formatFigure(latest.value, unitOf(control), i18n.language)}</p>
          <p className="rs-latest__period">
            {periodLabel(t, latest.period)} · {t(`resultScreens.source.${latest.source ?? 'checklist'}`)}
          </p>
        </>
      ) : (
        <p className="rs-latest__none">{t('resultScreens.table.noValue')}</p>
      )}
      <StatusBadge status={latest?.status ?? 'none'} hasTarget={control.targetValue !== null} />
      <p className="rs-latest__target">
        {t('resultScreens.detail.target')} <strong>{targetText(t, control, i18n.language)}</strong>
      </p>
      {bands.length > 0 ? (
        <ul className="rs-bands" aria-label={t('resultScreens.detail.bandsLabel')}>
          {bands.map((band) => (
            <li key={band.status}>
              <span className={`rs-bands__swatch rs-bands__swatch--${band.status}`} aria-hidden="true" />
              <strong>{t(`resultScreens.status.${band.status}`)}:</strong> {band.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
