import { addDemoChecklists, addDemoManualResults, tuneDemoTargets } from './demo-checklists';
import { demoPlanContent } from './demo-content';
import { addDemoReports } from './demo-reports';
import { addDemoRuns } from './demo-runs';
import type { Repositories } from './repositories';

export const DEMO_UNIT_NAME = 'Barn och unga – utredning, Norra stadsdelen';
export const DEMO_ACTOR = 'Exempeldata';

export interface DemoSummary {
  unitName: string;
  createdUnit: boolean;
  createdPlans: number[];
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Fills a database with an example unit: its adopted 2025 plan and the 2026 draft
 * rolled over from it, open actions carried; in both, the starter checklists fed into
 * the controls, a year of runs, a few manual results and a year's register of reports. Running it again adds only
 * what is missing.
 */
export function fillDemoData(repos: Repositories, today: string = localToday()): DemoSummary {
  const existing = repos.units.findByName(DEMO_UNIT_NAME);
  const unit = existing ?? repos.units.create(DEMO_UNIT_NAME);
  const years = new Set(repos.plans.list(unit.id).map((plan) => plan.year));
  const createdPlans: number[] = [];
  if (!years.has(2025)) {
    const id = repos.lifecycle.createWithContent(unit.id, 2025, 'Kvalitetsplan 2025 – utredning barn och unga', demoPlanContent(), DEMO_ACTOR);
    tuneDemoTargets(repos, id, DEMO_ACTOR);
    addDemoChecklists(repos, id, DEMO_ACTOR);
    repos.lifecycle.setStatus(id, 'adopted', DEMO_ACTOR);
    createdPlans.push(2025);
  }
  if (!years.has(2026)) {
    const previous = repos.plans.list(unit.id).find((plan) => plan.year === 2025)!;
    const id = repos.lifecycle.rollover(previous.id, DEMO_ACTOR);
    repos.lifecycle.updateMeta(id, { title: 'Kvalitetsplan 2026 – utredning barn och unga', decisionBody: 'Socialnämnden' }, DEMO_ACTOR);
    createdPlans.push(2026);
  }
  for (const plan of repos.plans.list(unit.id)) {
    if ((plan.year !== 2025 && plan.year !== 2026) || repos.planDetail(plan.id).status === 'archived') continue;
    // A year of answers in one commit: written one by one, each would wait for the disk.
    repos.transaction(() => {
      addDemoChecklists(repos, plan.id, DEMO_ACTOR);
      addDemoRuns(repos, plan.id, plan.year, today);
      addDemoManualResults(repos, plan.id, plan.year, DEMO_ACTOR);
      addDemoReports(repos, plan.id, plan.year, today, DEMO_ACTOR);
    });
  }
  return { unitName: unit.name, createdUnit: !existing, createdPlans };
}
