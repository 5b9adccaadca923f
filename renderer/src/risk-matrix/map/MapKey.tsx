import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import { useMatrixView } from '../matrix-view';
import { otherStage } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

/** How to read the map: the risk levels with the control threshold, and what solid and dashed chips mean. */
export function MapKey() {
  const { t } = useTranslation();
  const { matrix } = useMatrixView();
  const stage = useMatrixWorkspace((state) => state.stage);
  const threshold = matrix.threshold === null ? null : matrix.riskLevels[matrix.threshold];

  return (
    <div className="rm-key">
      <ul className="rm-key__levels" aria-label={t('riskMatrix.key.levels')}>
        {matrix.riskLevels.map((level) => (
          <li key={`${level.name}-${level.color}`} className="rm-key__level" style={{ background: level.color, color: textColorOn(level.color) }}>
            {level.name}
          </li>
        ))}
      </ul>
      <p className="rm-key__text">
        {threshold ? t('riskMatrix.key.threshold', { level: threshold.name }) : t('riskMatrix.key.noThreshold')}
      </p>
      <p className="rm-key__text">
        <span className="rm-chip rm-chip--sample" aria-hidden="true">
          1
        </span>{' '}
        {t('riskMatrix.key.solid', { stage: t(`riskMatrix.stageInline.${stage}`) })}{' '}
        <span className="rm-chip rm-chip--other rm-chip--sample" aria-hidden="true">
          1
        </span>{' '}
        {t('riskMatrix.key.dashed', { stage: t(`riskMatrix.stageInline.${otherStage(stage)}`) })}{' '}
        <span aria-hidden="true">→</span> {t('riskMatrix.key.arrow')}
      </p>
    </div>
  );
}
