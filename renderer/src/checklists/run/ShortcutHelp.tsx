import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';

const rows = ['answer', 'choice', 'next', 'previous', 'comment', 'clear', 'nextCase', 'previousCase', 'leave'] as const;

/** "Kortkommandon": the run's keys, always in view beside the case. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <Section className="cl-side-box cl-keys" titleClassName="cl-side-box__title" level={3} title={t('checklistScreens.shortcuts.title')}>
      <dl className="cl-keys__list">
        {rows.map((row) => (
          <div key={row} className="cl-keys__row">
            <dt>{t(`checklistScreens.shortcuts.${row}.keys`)}</dt>
            <dd>{t(`checklistScreens.shortcuts.${row}.does`)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
