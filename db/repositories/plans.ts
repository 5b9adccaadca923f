import { and, asc, desc, eq } from 'drizzle-orm';
import { defaultPlanTitle, type Plan } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../connection';
import { plans, units } from '../schema';

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
  const selectPlans = () => db.select(planColumns).from(plans).innerJoin(units, eq(plans.unitId, units.id));

  function get(id: string): Plan {
    const row = selectPlans().where(eq(plans.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'Planen finns inte längre. Ladda om listan och försök igen.');
    return row;
  }

  return {
    get,
    list(unitId?: string): Plan[] {
      const query = selectPlans();
      const filtered = unitId ? query.where(eq(plans.unitId, unitId)) : query;
      return filtered.orderBy(desc(plans.year), asc(units.name)).all();
    },
    create(input: NewPlan): Plan {
      return db.transaction(() => {
        const unit = db.select().from(units).where(eq(units.id, input.unitId)).get();
        if (!unit) throw new AppError('NOT_FOUND', 'Enheten finns inte längre. Ladda om listan och försök igen.');
        const existing = db
          .select({ id: plans.id })
          .from(plans)
          .where(and(eq(plans.unitId, input.unitId), eq(plans.year, input.year)))
          .get();
        if (existing) {
          throw new AppError(
            'CONFLICT',
            `${unit.name} har redan en kvalitetsplan för ${input.year}. Öppna den i stället för att skapa en ny.`,
          );
        }
        const now = clock.now();
        const id = clock.newId();
        db.insert(plans)
          .values({
            id,
            unitId: input.unitId,
            year: input.year,
            title: input.title ?? defaultPlanTitle(unit.name, input.year),
            createdAt: now,
            updatedAt: now,
          })
          .run();
        return get(id);
      });
    },
    rename(id: string, title: string): Plan {
      return db.transaction(() => {
        get(id);
        db.update(plans).set({ title, updatedAt: clock.now() }).where(eq(plans.id, id)).run();
        return get(id);
      });
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
