import { createBundleRepository } from '../bundle';
import type { Clock } from '../clock';
import type { AppDatabase } from '../connection';
import { createChecklistRepositories } from './checklists';
import { createComparisonRepository } from './comparison';
import { createChildRepository } from './plan/child-entity';
import { loadPlanDetail } from './plan/detail';
import { planIdOfAction, planIdOfControl, planIdOfProcess, planIdOfRisk, planRow } from './plan/guard';
import { listHistory } from './plan/history';
import { createPlanLifecycleRepository, planContent } from './plan/plan-lifecycle';
import { createPlanMatrixRepository } from './plan/plan-matrix';
import { createRiskRepository } from './plan/risks';
import { actionSpec, controlSpec, improvementAreaSpec, processSpec, qualityAreaSpec } from './plan/specs';
import { createPlanRepository } from './plans';
import { createReportRepositories } from './reports';
import { createResultRepositories } from './results';
import { createSettingsRepository } from './settings';
import { createUnitRepository } from './units';

export function createRepositories(db: AppDatabase, clock: Clock) {
  return {
    units: createUnitRepository(db, clock),
    plans: createPlanRepository(db, clock),
    planDetail: (planId: string) => loadPlanDetail(db, planId),
    planContent: (planId: string) => planContent(db, planId),
    planHistory: (planId: string) => listHistory(db, planId),
    lifecycle: createPlanLifecycleRepository(db, clock),
    matrix: createPlanMatrixRepository(db, clock),
    processes: createChildRepository(db, clock, processSpec),
    risks: createRiskRepository(db, clock),
    controls: createChildRepository(db, clock, controlSpec),
    actions: createChildRepository(db, clock, actionSpec),
    qualityAreas: createChildRepository(db, clock, qualityAreaSpec),
    improvementAreas: createChildRepository(db, clock, improvementAreaSpec),
    settings: createSettingsRepository(db),
    bundles: createBundleRepository(db, (planId) => planRow(db, planId)),
    /** Runs several repository calls as one transaction (each call's own becomes a savepoint): one commit, all or nothing. */
    transaction: <T>(work: () => T): T => db.transaction(() => work()),
    checklists: createChecklistRepositories(db, clock),
    results: createResultRepositories(db, clock),
    comparison: createComparisonRepository(db),
    reports: createReportRepositories(db, clock),
    planIdOf: {
      process: (id: string) => planIdOfProcess(db, id),
      risk: (id: string) => planIdOfRisk(db, id),
      control: (id: string) => planIdOfControl(db, id),
      action: (id: string) => planIdOfAction(db, id),
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
