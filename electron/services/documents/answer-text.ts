import type { ChecklistItem } from '../../../shared/checklists/item';
import { checklistLabels } from '../../../shared/checklists/kinds';
import { formatNumber } from '../../../shared/results/format';

/**
 * An answer as a person reads it in a document: "Ja", "Ej aktuellt", "12 dagar", "Barnet, Polis".
 * Numbers keep every decimal that was typed (up to six), in Swedish form.
 */
export function answerText(item: Pick<ChecklistItem, 'kind' | 'unit'>, value: number | string | string[]): string {
  if (item.kind === 'yes_no_na' && (value === 'yes' || value === 'no' || value === 'na')) return checklistLabels.yesNoNa[value];
  if (typeof value === 'number') return item.unit ? `${formatNumber(value, 6)} ${item.unit}` : formatNumber(value, 6);
  if (Array.isArray(value)) return value.join(', ');
  return value;
}
