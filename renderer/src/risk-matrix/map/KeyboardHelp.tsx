import { useTranslation } from 'react-i18next';

interface KeyboardHelpProps {
  id: string;
}

const steps = ['pick', 'move', 'place', 'cancel', 'clear'] as const;

/** "Så använder du tangentbordet": the grid's keys in five short lines; the grid is described by it. */
export function KeyboardHelp({ id }: KeyboardHelpProps) {
  const { t } = useTranslation();
  return (
    <section className="rm-help" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="rm-side__title">
        {t('riskMatrix.help.title')}
      </h2>
      <ul id={id} className="rm-help__list">
        {steps.map((step) => (
          <li key={step}>{t(`riskMatrix.help.${step}`)}</li>
        ))}
      </ul>
    </section>
  );
}
