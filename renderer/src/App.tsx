import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './shell/Header';
import { SideNav } from './shell/SideNav';
import { screens } from './navigation/screens';
import { loadCatalog } from './plans/catalog';
import { useNavigation } from './navigation/navigation-store';
import { useUserName } from './user-name/user-name-store';

export function App() {
  const { t } = useTranslation();
  const section = useNavigation((state) => state.section);
  const Screen = screens[section];
  const main = useRef<HTMLElement>(null);
  const shownSection = useRef(section);

  useEffect(() => {
    void loadCatalog();
    void useUserName.getState().load();
  }, []);

  useEffect(() => {
    if (shownSection.current === section) return;
    shownSection.current = section;
    main.current?.scrollTo({ top: 0 });
    main.current?.querySelector('h1')?.focus();
  }, [section]);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => main.current?.querySelector('h1')?.focus()}>
        {t('common.skipToContent')}
      </button>
      <Header />
      <div className="app-body">
        <SideNav />
        <main ref={main} className="app-main">
          <div className="content">
            <Screen />
          </div>
        </main>
      </div>
    </div>
  );
}
