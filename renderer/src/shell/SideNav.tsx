import { useTranslation } from 'react-i18next';
import { hashFor, sections } from '../navigation/sections';
import { useNavigation } from '../navigation/navigation-store';
import { SyncStatusPanel } from '../sync/SyncStatusPanel';
import { AppVersion } from './AppVersion';

export function SideNav() {
  const { t } = useTranslation();
  const current = useNavigation((state) => state.section);

  return (
    // The sync status and the version sit beside the navigation landmark, not in it: they are not places to go.
    <div className="side-nav">
      <nav aria-label={t('nav.label')}>
        <ul className="side-nav__list">
          {sections.map((section) => (
            <li key={section}>
              <a href={hashFor(section)} className="side-nav__link" aria-current={section === current ? 'page' : undefined}>
                <span>{t(`nav.${section}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        <SyncStatusPanel />
        <AppVersion />
      </div>
    </div>
  );
}
