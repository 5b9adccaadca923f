import { asc, desc, eq } from 'drizzle-orm';
import { newPlanContent } from '../../shared/domain/new-plan';
import type { Plan } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../connection';
import { plans, units } from '../schema';
import { createPlanLifecycleRepository } from './plan/plan-lifecycle';

const planColumns = {
  id: plans.id,
  unitId: plans.unitId,
  unitName: units.name,
  year: plans.year,
  title: plans.title,
  createdAt: plans.createdAt,
  updatedAt: plans.updatedAt,
};

export interface NewPlan {
  unitId: string;
  year: number;
  title?: string;
}

export function createPlanRepository(db: AppDatabase, clock: Clock) {
  const lifecycle = createPlanLifecycleRepository(db, clock);
  const selectPlans = () => db.select(planColumns).from(plans).innerJoin(units, eq(plans.unitId, units.id));

  function get(id: string): Plan {
    const row = selectPlans().where(eq(plans.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'plan.notFound');
    return row;
  }

  return {
    get,
    list(unitId?: string): Plan[] {
      const query = selectPlans();
      const filtered = unitId ? query.where(eq(plans.unitId, unitId)) : query;
      return filtered.orderBy(desc(plans.year), asc(units.name)).all();
    },
    create(input: NewPlan, actor: string): Plan {
      return get(lifecycle.createWithContent(input.unitId, input.year, input.title, newPlanContent(), actor));
    },
    rename(id: string, title: string, actor: string): Plan {
      lifecycle.updateMeta(id, { title }, actor);
      return get(id);
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
