import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../shared/risk-matrix/contrast';
import { levelOf } from '../../../shared/risk-matrix/grid';
import type { Assessment, RiskMatrix } from '../../../shared/risk-matrix/matrix';

interface Props {
  matrix: RiskMatrix;
  assessment: Assessment | null;
  stage: 'inherent' | 'residual';
}

/** A risk's level in its matrix colour, wherever the risk appears. */
export function RiskLevelBadge({ matrix, assessment, stage }: Props) {
  const { t } = useTranslation();
  const level = assessment ? levelOf(matrix, assessment) : null;
  const stageName = t(`domain.stage.${stage}`);
  if (!assessment || !level) {
    return <span className="risk-badge risk-badge--none">{`${stageName}: ${t('riskLevel.notAssessed')}`}</span>;
  }
  const title = `${t('domain.likelihood')} ${assessment.likelihood}, ${t('domain.consequence')} ${assessment.consequence}`;
  return (
    <span className="risk-badge" style={{ background: level.color, color: textColorOn(level.color) }} title={title}>
      {`${stageName}: ${level.name} (${assessment.likelihood}×${assessment.consequence})`}
    </span>
  );
}
