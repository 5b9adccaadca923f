import type { TFunction } from 'i18next';
import type { ChecklistItem } from '../../../../shared/checklists/item';
import type { StoredValue } from './answer-text';
import { decimalText } from '../../format';

/** An answer in words, as the collapsed item and the announcement say it: "Ja", "12 dagar", "Barnet, Polis". */
export function answerLabel(item: Pick<ChecklistItem, 'kind' | 'unit'>, value: StoredValue, t: TFunction): string {
  if (item.kind === 'yes_no_na' && (value === 'yes' || value === 'no' || value === 'na')) return t(`checklistScreens.yesNoNa.${value}`);
  if (typeof value === 'number') return item.unit ? `${decimalText(value)} ${item.unit}` : decimalText(value);
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

/** The allowed range of a number item in words, "0–365 dagar", or null when it has none. */
export function rangeLabel(item: Pick<ChecklistItem, 'min' | 'max' | 'unit'>, t: TFunction): string | null {
  const unit = item.unit ? ` ${item.unit}` : '';
  if (item.min !== null && item.max !== null) return `${decimalText(item.min)}–${decimalText(item.max)}${unit}`;
  if (item.min !== null) return t('checklistScreens.run.atLeast', { value: `${decimalText(item.min)}${unit}` });
  if (item.max !== null) return t('checklistScreens.run.atMost', { value: `${decimalText(item.max)}${unit}` });
  return null;
}
