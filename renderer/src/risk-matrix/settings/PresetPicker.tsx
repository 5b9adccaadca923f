import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../../../shared/risk-matrix/presets';
import { Panel } from '../../components/Panel';

interface PresetPickerProps {
  onUse(matrix: RiskMatrix): void;
}

/** Start over from one of the ready-made matrices; the draft is replaced, nothing is saved yet. */
export function PresetPicker({ onUse }: PresetPickerProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const descriptionId = useId();
  const [presetId, setPresetId] = useState(matrixPresets[0]?.id ?? '');
  const preset = matrixPresets.find((candidate) => candidate.id === presetId);

  return (
    <Panel className="rm-settings__part" title={t('riskMatrix.settings.presetTitle')}>
      <div className="rm-settings__row">
        <div className="rm-field">
          <label htmlFor={fieldId}>{t('riskMatrix.settings.presetLabel')}</label>
          <select id={fieldId} value={presetId} aria-describedby={descriptionId} onChange={(event) => setPresetId(event.target.value)}>
            {matrixPresets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => preset && onUse(preset.build())}>
          {t('riskMatrix.settings.presetUse')}
        </button>
      </div>
      <p id={descriptionId} className="field-hint">
        {preset?.description}
      </p>
    </Panel>
  );
}
