import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import type { RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { addRiskLevel, MAX_RISK_LEVELS, MIN_RISK_LEVELS, removeRiskLevel, setRiskLevel, setThreshold } from '../model/matrix-draft';
import { Panel } from '../../components/Panel';

interface RiskLevelsEditorProps {
  matrix: RiskMatrix;
  onChange(matrix: RiskMatrix): void;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The named levels, lowest first, with their colours, and the threshold from which a risk needs a control. */
export function RiskLevelsEditor({ matrix, onChange }: RiskLevelsEditorProps) {
  const { t } = useTranslation();
  const thresholdId = useId();
  const levels = matrix.riskLevels;

  return (
    <Panel className="rm-settings__part" title={t('riskMatrix.settings.levelsTitle')}>
      <p className="field-hint">{t('riskMatrix.settings.levelsHint')}</p>
      <ol className="rm-levels">
        {levels.map((level, index) => {
          const position = { position: index + 1 };
          const sample = HEX.test(level.color) ? level.color : '#ffffff';
          return (
            <li key={index} className="rm-levels__row">
              <span className="rm-levels__sample" style={{ background: sample, color: textColorOn(sample) }} aria-hidden="true">
                {level.name || '–'}
              </span>
              <label className="rm-small-label rm-levels__name">
                {t('riskMatrix.settings.levelName')}
                <span className="visually-hidden">{t('riskMatrix.settings.levelPosition', position)}</span>
                <input type="text" value={level.name} onChange={(event) => onChange(setRiskLevel(matrix, index, { name: event.target.value }))} />
              </label>
              <label className="rm-small-label">
                {t('riskMatrix.settings.levelColor')}
                <span className="visually-hidden">{t('riskMatrix.settings.levelPosition', position)}</span>
                <input type="color" value={sample} onChange={(event) => onChange(setRiskLevel(matrix, index, { color: event.target.value }))} />
              </label>
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={levels.length <= MIN_RISK_LEVELS}
                aria-label={t('riskMatrix.settings.removeLevelAria', { name: level.name || index + 1 })}
                onClick={() => onChange(removeRiskLevel(matrix, index))}
              >
                {t('riskMatrix.settings.removeLevel')}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="rm-settings__row">
        <button
          type="button"
          className="button button--small"
          disabled={levels.length >= MAX_RISK_LEVELS}
          onClick={() => onChange(addRiskLevel(matrix, t('riskMatrix.settings.newLevelName')))}
        >
          <span aria-hidden="true">+</span>
          {t('riskMatrix.settings.addLevel')}
        </button>
        <p className="field-hint">{t('riskMatrix.settings.levelsLimits')}</p>
      </div>
      <div className="rm-field">
        <label htmlFor={thresholdId}>{t('riskMatrix.settings.threshold')}</label>
        <select
          id={thresholdId}
          value={matrix.threshold === null ? '' : String(matrix.threshold)}
          onChange={(event) => onChange(setThreshold(matrix, event.target.value === '' ? null : Number(event.target.value)))}
        >
          <option value="">{t('riskMatrix.settings.noThreshold')}</option>
          {levels.map((level, index) => (
            <option key={index} value={index}>
              {t('riskMatrix.settings.thresholdOption', { name: level.name || index + 1 })}
            </option>
          ))}
        </select>
      </div>
    </Panel>
  );
}
