import type { ActionContent } from '../../../../shared/domain/plan-content';

/** Past its due date on the day of the export, and neither done nor cancelled. */
export function isOverdue(action: Pick<ActionContent, 'dueDate' | 'status'>, exportedAt: string): boolean {
  return action.dueDate !== null && action.dueDate < exportedAt.slice(0, 10) && (action.status === 'not_started' || action.status === 'in_progress');
}
