import { useTranslation } from 'react-i18next';
import { useMatrixView } from '../matrix-view';
import { RiskLegendItem } from './RiskLegendItem';
import { Section } from '../../components/Section';

/** The numbered list the chips refer to; it follows the filters like the map does. */
export function RiskLegend() {
  const { t } = useTranslation();
  const { entries } = useMatrixView();

  return (
    <Section className="rm-legend" titleClassName="rm-side__title" title={<>{t('riskMatrix.legend.title', { count: entries.length })}</>}>
      {entries.length === 0 ? (
        <p className="empty-note">{t('riskMatrix.legend.empty')}</p>
      ) : (
        <ol className="rm-legend__list">
          {entries.map((entry) => (
            <RiskLegendItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </Section>
  );
}
