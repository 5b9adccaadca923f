import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { periodChoices, useResultsView } from './view-store';

/** Enligt mätfrekvens / Månad / Kvartal / Tertial / Halvår / År as one row of radio buttons. */
export function PeriodChoicePicker() {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  const choice = useResultsView((state) => state.choice);
  const choose = useResultsView((state) => state.choose);

  return (
    <fieldset className="rs-choice" aria-describedby={hintId}>
      <legend className="rs-choice__legend">{t('resultScreens.choice.legend')}</legend>
      <div className="rs-choice__options">
        {periodChoices.map((option) => (
          <label key={option} className="rs-choice__option">
            <input type="radio" name={name} value={option} checked={choice === option} onChange={() => choose(option)} />
            <span>{t(`resultScreens.choice.${option}`)}</span>
          </label>
        ))}
      </div>
      <p id={hintId} className="field-hint">
        {choice === 'natural' ? t('resultScreens.choice.naturalHint') : t('resultScreens.choice.fixedHint')}
      </p>
    </fieldset>
  );
}
