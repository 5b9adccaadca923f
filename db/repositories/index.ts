import type { Clock } from '../clock';
import type { AppDatabase } from '../connection';
import { createPlanRepository } from './plans';
import { createUnitRepository } from './units';

export function createRepositories(db: AppDatabase, clock: Clock) {
  return {
    units: createUnitRepository(db, clock),
    plans: createPlanRepository(db, clock),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
