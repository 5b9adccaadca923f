import type { ChecklistItem, ItemFields } from '../../../shared/checklists/item';
import type { Aggregation, ItemKind } from '../../../shared/checklists/kinds';
import type { checklistItems } from '../../schema';

type ItemRow = typeof checklistItems.$inferSelect;

export function itemFromRow(row: ItemRow): ChecklistItem {
  return {
    id: row.id,
    versionId: row.versionId,
    position: row.position,
    kind: row.kind as ItemKind,
    text: row.text,
    help: row.help,
    unit: row.unit,
    min: row.min,
    max: row.max,
    choices: JSON.parse(row.choices) as string[],
    deviationText: row.deviationText,
    controlId: row.controlId,
    aggregation: row.aggregation as Aggregation | null,
    limitValue: row.limitValue,
  };
}

/** The fields of a stored item in the form the item schema checks. */
export function itemFields(item: ChecklistItem): ItemFields {
  const { id: _id, versionId: _versionId, position: _position, ...fields } = item;
  return fields;
}

export function itemValues(id: string, versionId: string, position: number, item: ItemFields): typeof checklistItems.$inferInsert {
  return { id, versionId, position, ...item, choices: JSON.stringify(item.choices) };
}

/** Answers are stored as JSON so a number stays a number and a multiple choice stays a list. */
export const encodeValue = (value: unknown) => JSON.stringify(value);
export const decodeValue = (json: string): number | string | string[] => JSON.parse(json) as number | string | string[];
