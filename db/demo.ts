import type { Repositories } from './repositories';

export const DEMO_UNIT_NAME = 'Barn och unga – utredning, Norra stadsdelen';

const DEMO_PLANS = [
  { year: 2025, title: 'Kvalitetsplan 2025 – utredning barn och unga' },
  { year: 2026, title: 'Kvalitetsplan 2026 – utredning barn och unga' },
];

export interface DemoSummary {
  unitName: string;
  createdUnit: boolean;
  createdPlans: number[];
}

/** Fills a database with an example unit; running it again adds only what is missing. */
export function fillDemoData(repos: Repositories): DemoSummary {
  const existing = repos.units.findByName(DEMO_UNIT_NAME);
  const unit = existing ?? repos.units.create(DEMO_UNIT_NAME);
  const years = new Set(repos.plans.list(unit.id).map((plan) => plan.year));
  const createdPlans: number[] = [];
  for (const plan of DEMO_PLANS) {
    if (years.has(plan.year)) continue;
    repos.plans.create({ unitId: unit.id, year: plan.year, title: plan.title });
    createdPlans.push(plan.year);
  }
  return { unitName: unit.name, createdUnit: !existing, createdPlans };
}
