import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';

const stages: Stage[] = ['inherent', 'residual'];

/** Which assessment the user places: before or after the controls and actions. Radio buttons, so arrows switch. */
export function StageToggle() {
  const { t } = useTranslation();
  const name = useId();
  const stage = useMatrixWorkspace((state) => state.stage);
  const setStage = useMatrixWorkspace((state) => state.setStage);

  return (
    <fieldset className="rm-stage">
      <legend className="rm-field-label">{t('riskMatrix.toolbar.stage')}</legend>
      <div className="rm-stage__options">
        {stages.map((option) => (
          <label key={option} className="rm-stage__option">
            <input type="radio" name={name} value={option} checked={stage === option} onChange={() => setStage(option)} />
            <span>{t(`domain.stage.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
