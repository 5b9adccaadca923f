import type { RunCase } from '../../../../shared/checklists/run';

/** Where the focus goes in a case: its reference field, one of its items, or the "Nästa ärende" button. */
export type FocusTarget = { kind: 'ref' } | { kind: 'item'; index: number } | { kind: 'next' };

/** One step up or down the case: before the first item is the reference field, after the last the button. */
export function stepFrom(index: number, step: 1 | -1, itemCount: number): FocusTarget {
  const target = index + step;
  if (target < 0) return { kind: 'ref' };
  if (target >= itemCount) return { kind: 'next' };
  return { kind: 'item', index: target };
}

/** Where a case opens: its first unanswered item; a new case at its reference, a complete one at the button. */
export function openingTarget(itemIds: readonly string[], runCase: Pick<RunCase, 'answers'> | null): FocusTarget {
  if (!runCase) return { kind: 'ref' };
  const answered = new Set(runCase.answers.map((answer) => answer.itemId));
  const index = itemIds.findIndex((id) => !answered.has(id));
  if (index === -1) return itemIds.length > 0 ? { kind: 'next' } : { kind: 'ref' };
  return { kind: 'item', index };
}

/**
 * The case after or before the current one. null stands for the new, still empty case
 * at the end; undefined means there is nowhere to go.
 */
export function neighbourCase(caseIds: readonly string[], currentId: string | null, step: 1 | -1): string | null | undefined {
  if (currentId === null) return step === -1 ? caseIds.at(-1) : undefined;
  const index = caseIds.indexOf(currentId);
  if (index === -1) return undefined;
  const target = index + step;
  if (target < 0) return undefined;
  if (target >= caseIds.length) return null;
  return caseIds[target];
}

/** The highlighted option after an arrow key, wrapping at both ends. */
export function wrapIndex(index: number, step: 1 | -1, count: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}
