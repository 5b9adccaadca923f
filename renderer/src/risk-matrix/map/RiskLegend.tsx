import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatrixView } from '../matrix-view';
import { RiskLegendItem } from './RiskLegendItem';

/** The numbered list the chips refer to; it follows the filters like the map does. */
export function RiskLegend() {
  const { t } = useTranslation();
  const headingId = useId();
  const { entries } = useMatrixView();

  return (
    <section className="rm-legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="rm-side__title">
        {t('riskMatrix.legend.title', { count: entries.length })}
      </h2>
      {entries.length === 0 ? (
        <p className="empty-note">{t('riskMatrix.legend.empty')}</p>
      ) : (
        <ol className="rm-legend__list">
          {entries.map((entry) => (
            <RiskLegendItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
