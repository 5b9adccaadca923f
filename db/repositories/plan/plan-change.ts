import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { plans } from '../../schema';
import { assertEditable } from './guard';
import type { ChangeContext } from './history';

/**
 * Every edit of a plan goes through here: one transaction, refused when the plan is
 * locked, and the plan's updatedAt moves with it.
 */
export function changePlan<T>(db: AppDatabase, clock: Clock, planId: string, actor: string, edit: (ctx: ChangeContext) => T): T {
  return db.transaction(() => {
    assertEditable(db, planId);
    const result = edit({ db, clock, planId, actor });
    db.update(plans).set({ updatedAt: clock.now() }).where(eq(plans.id, planId)).run();
    return result;
  });
}
