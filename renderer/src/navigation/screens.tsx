import type { ComponentType } from 'react';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ChecklistsScreen } from '../checklists/ChecklistsScreen';
import { ComparisonScreen } from '../comparison/ComparisonScreen';
import { ExportScreen } from '../export/ExportScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { QualityPlanScreen } from '../plan-editor/QualityPlanScreen';
import { ReportsScreen } from '../reports/ReportsScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { RiskMatrixScreen } from '../risk-matrix/RiskMatrixScreen';
import type { Section } from './sections';

/** The one place a new screen is added: each section of the navigation and the screen it shows. */
export const screens: Record<Section, ComponentType> = {
  overview: OverviewScreen,
  qualityPlan: QualityPlanScreen,
  riskMatrix: RiskMatrixScreen,
  checklists: ChecklistsScreen,
  results: ResultsScreen,
  reports: ReportsScreen,
  export: ExportScreen,
  comparison: ComparisonScreen,
  backups: BackupsScreen,
};
