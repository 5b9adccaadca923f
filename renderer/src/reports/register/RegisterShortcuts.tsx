import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';

const rows = ['newReport', 'search', 'open', 'save', 'back'] as const;

/** "Kortkommandon": the register's keys, in view beside the list. */
export function RegisterShortcuts() {
  const { t } = useTranslation();
  return (
    <Section className="rp-side-box" titleClassName="rp-side-box__title" level={2} title={t('reportScreens.shortcuts.title')}>
      <dl className="rp-keys">
        {rows.map((row) => (
          <div key={row} className="rp-keys__row">
            <dt>
              <kbd>{t(`reportScreens.shortcuts.${row}.keys`)}</kbd>
            </dt>
            <dd>{t(`reportScreens.shortcuts.${row}.does`)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
