import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const rows = ['answer', 'choice', 'next', 'previous', 'comment', 'clear', 'nextCase', 'previousCase', 'leave'] as const;

/** "Kortkommandon": the run's keys, always in view beside the case. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="cl-side-box cl-keys" aria-labelledby={titleId}>
      <h3 id={titleId} className="cl-side-box__title">
        {t('checklistScreens.shortcuts.title')}
      </h3>
      <dl className="cl-keys__list">
        {rows.map((row) => (
          <div key={row} className="cl-keys__row">
            <dt>{t(`checklistScreens.shortcuts.${row}.keys`)}</dt>
            <dd>{t(`checklistScreens.shortcuts.${row}.does`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
