import { systemClock } from '../../db/clock';
import { openDatabase } from '../../db/connection';
import { DEMO_UNIT_NAME, fillDemoData } from '../../db/demo';
import { createRepositories } from '../../db/repositories';

/** The CLI's demo database (`npm run cli -- demo`): the small baseline the large database is compared with. */
export function demoDatabase(file: string, migrationsFolder: string, today: string): { file: string; planId: string } {
  const database = openDatabase(file, { migrationsFolder });
  try {
    const repos = createRepositories(database.db, systemClock);
    fillDemoData(repos, today);
    const plans = repos.plans.list(repos.units.findByName(DEMO_UNIT_NAME)!.id);
    return { file, planId: plans.reduce((newest, plan) => (plan.year > newest.year ? plan : newest)).id };
  } finally {
    database.close();
  }
}
