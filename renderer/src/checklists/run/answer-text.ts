import type { AnswerValue } from '../../../../shared/checklists/answer-value';
import type { ChecklistItem } from '../../../../shared/checklists/item';
import { decimalText } from '../../format';

export type StoredValue = number | string | string[];

/**
 * A number as typed in Swedish or English: "12", "2,5", "2.5", "1 000". null for an
 * empty field, NaN for text that is not a number (the caller says so; nothing is sent).
 */
export function parseNumberInput(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return Number.NaN;
  return Number(compact);
}

/** The text a field shows for a stored answer: a number with a decimal comma, a date or text as it is. */
export function fieldText(value: StoredValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return decimalText(value);
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

/** What a text field's content means as an answer: null when empty, NaN when a number item got no number. */
export function valueFromField(item: Pick<ChecklistItem, 'kind'>, text: string): AnswerValue | null {
  if (item.kind === 'number') return parseNumberInput(text);
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Whether two answers are the same, so an unchanged field is not written again. */
export function sameValue(a: StoredValue | undefined, b: StoredValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/** A multiple-choice answer with one choice switched on or off, in the order of the choices. */
export function toggleChoice(choices: readonly string[], current: readonly string[], choice: string): string[] {
  const chosen = new Set(current);
  if (chosen.has(choice)) chosen.delete(choice);
  else chosen.add(choice);
  return choices.filter((candidate) => chosen.has(candidate));
}
