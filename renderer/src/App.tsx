import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsScreen } from './backups/BackupsScreen';
import { ChecklistsScreen } from './checklists/ChecklistsScreen';
import { ComparisonScreen } from './comparison/ComparisonScreen';
import { ExportScreen } from './export/ExportScreen';
import { Header } from './components/Header';
import { SideNav } from './components/SideNav';
import type { Section } from './navigation/sections';
import { OverviewScreen } from './screens/OverviewScreen';
import { ResultsScreen } from './results/ResultsScreen';
import { RiskMatrixScreen } from './risk-matrix/RiskMatrixScreen';
import { QualityPlanScreen } from './screens/QualityPlanScreen';
import { loadCatalog } from './stores/catalog';
import { useNavigation } from './stores/navigation';
import { useUserName } from './stores/user-name';

function SectionScreen({ section }: { section: Section }) {
  if (section === 'overview') return <OverviewScreen />;
  if (section === 'qualityPlan') return <QualityPlanScreen />;
  if (section === 'riskMatrix') return <RiskMatrixScreen />;
  if (section === 'checklists') return <ChecklistsScreen />;
  if (section === 'results') return <ResultsScreen />;
  if (section === 'comparison') return <ComparisonScreen />;
  if (section === 'export') return <ExportScreen />;
  if (section === 'backups') return <BackupsScreen />;
  return null;
}

export function App() {
  const { t } = useTranslation();
  const section = useNavigation((state) => state.section);
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
            <SectionScreen section={section} />
          </div>
        </main>
      </div>
    </div>
  );
}
