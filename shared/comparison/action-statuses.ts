import { ActionStatus, swedishLabels } from '../domain/plan-enums';
import type { UnitAction } from './unit-figures';
import type { ActionStatusRow } from './year-comparison';

/** How many actions of each unit have each status; `actionsOf[i]` null leaves units[i]'s counts empty. */
export function actionStatusRows(actionsOf: ReadonlyArray<readonly UnitAction[] | null>): ActionStatusRow[] {
  return ActionStatus.options.map((status) => ({
    status,
    label: swedishLabels.actionStatus[status],
    counts: actionsOf.map((actions) => (actions === null ? null : actions.filter((action) => action.status === status).length)),
  }));
}
