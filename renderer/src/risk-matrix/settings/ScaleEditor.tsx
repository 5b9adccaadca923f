import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCALE, MIN_SCALE, type RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { setScaleLevel, type Axis } from '../model/matrix-draft';
import { Section } from '../../components/Section';

interface ScaleEditorProps {
  axis: Axis;
  matrix: RiskMatrix;
  onChange(matrix: RiskMatrix): void;
  onResize(count: number): void;
}

const sizes = Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => MIN_SCALE + i);

/** One axis: how many levels it has, and each level's label and description, lowest first. */
export function ScaleEditor({ axis, matrix, onChange, onResize }: ScaleEditorProps) {
  const { t } = useTranslation();
  const sizeId = useId();
  const levels = matrix[axis];
  const axisName = t(`domain.${axis}`);

  return (
    <Section className="rm-scale-editor" titleClassName="rm-settings__subtitle" level={3} title={axisName}>
      <div className="rm-field rm-field--narrow">
        <label htmlFor={sizeId}>{t('riskMatrix.settings.levelCount', { axis: t(`riskMatrix.axisInline.${axis}`) })}</label>
        <select id={sizeId} value={levels.length} onChange={(event) => onResize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <ol className="rm-scale-editor__levels">
        {levels.map((level, index) => (
          <li key={index} className="rm-scale-editor__level">
            <span className="rm-number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="rm-scale-editor__fields">
              <label className="rm-small-label">
                {t('riskMatrix.settings.levelLabel')}
                <span className="visually-hidden">{t('riskMatrix.settings.levelSuffix', { axis: t(`riskMatrix.axisInline.${axis}`), position: index + 1 })}</span>
                <input
                  type="text"
                  value={level.label}
                  onChange={(event) => onChange(setScaleLevel(matrix, axis, index, { label: event.target.value }))}
                />
              </label>
              <label className="rm-small-label">
                {t('riskMatrix.settings.levelDescription')}
                <span className="visually-hidden">{t('riskMatrix.settings.levelSuffix', { axis: t(`riskMatrix.axisInline.${axis}`), position: index + 1 })}</span>
                <textarea
                  rows={2}
                  value={level.description}
                  onChange={(event) => onChange(setScaleLevel(matrix, axis, index, { description: event.target.value }))}
                />
              </label>
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}
