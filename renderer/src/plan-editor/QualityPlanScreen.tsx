import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../plans/CatalogGate';
import { ScreenTitle } from '../components/ScreenTitle';
import { PlanCatalog } from './catalog/PlanCatalog';
import { useEditorView } from './editor-view';
import { PlanEditor } from './PlanEditor';
import { useCatalogStatus, useCurrentSelection } from '../plans/catalog';
import './catalog/catalog.css';
import './plan-editor.css';

/**
 * Kvalitetsplan: the editor of the current plan, or, when no plan is chosen or the user
 * asks for it, the units and plans to choose from.
 */
export function QualityPlanScreen() {
  const { t } = useTranslation();
  const view = useEditorView((state) => state.view);
  const selection = useCurrentSelection();
  const { status } = useCatalogStatus();
  // A reload of the list (after a rollover or an import) keeps the chosen plan on screen.
  const editing = selection !== null && view === 'plan';
  const firstLoad = selection === null && (status === 'idle' || status === 'loading');

  return (
    <>
      <ScreenTitle lead={editing || firstLoad ? undefined : t('planEditor.catalog.lead')}>{t('qualityPlan.title')}</ScreenTitle>
      {editing ? <PlanEditor planId={selection.plan.id} /> : firstLoad ? <CatalogGate>{null}</CatalogGate> : <PlanCatalog />}
    </>
  );
}
