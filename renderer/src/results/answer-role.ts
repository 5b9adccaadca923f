import type { Aggregation } from '../../../shared/checklists/kinds';

/**
 * What one answer does to its figure. "Ej aktuellt" is left out of every figure; for a
 * share within a limit a number counts as within or over; anything else simply counts.
 */
export type AnswerRole = 'yes' | 'no' | 'excluded' | 'within' | 'over' | 'counted' | 'ignored';

export function answerRole(value: unknown, aggregation: Aggregation, limit: number | null): AnswerRole {
  if (aggregation === 'share_yes' || aggregation === 'count_yes') {
    if (value === 'yes') return 'yes';
    if (value === 'no') return 'no';
    return value === 'na' ? 'excluded' : 'ignored';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'ignored';
  if (aggregation === 'share_within') {
    if (limit === null) return 'ignored';
    return value <= limit ? 'within' : 'over';
  }
  return 'counted';
}

/** How many answers play each role: what a person would count by hand from the list. */
export function countRoles(roles: readonly AnswerRole[]): Record<AnswerRole, number> {
  const counts: Record<AnswerRole, number> = { yes: 0, no: 0, excluded: 0, within: 0, over: 0, counted: 0, ignored: 0 };
  for (const role of roles) counts[role]++;
  return counts;
}
