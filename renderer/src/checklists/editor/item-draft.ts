import { normalizeItem, type ChecklistItem, type ItemFields } from '../../../../shared/checklists/item';
import { aggregationsFor, type Aggregation, type ItemKind } from '../../../../shared/checklists/kinds';
import { parseNumberInput } from '../run/answer-text';

/** An item as the editor holds it: numbers as typed, choices one per line, no link as ''. */
export interface ItemDraft {
  /** Stable while the list is edited, so React keeps each item's fields (and focus) when items move. */
  key: string;
  /** The stored item this draft started from, if any. */
  id: string | null;
  kind: ItemKind;
  text: string;
  help: string;
  unit: string;
  min: string;
  max: string;
  choices: string;
  deviationText: string;
  controlId: string;
  aggregation: Aggregation | '';
  limitValue: string;
}

let keys = 0;
const newKey = () => `item-${++keys}`;

const numberText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export function draftOf(item: ChecklistItem): ItemDraft {
  return {
    key: newKey(),
    id: item.id,
    kind: item.kind,
    text: item.text,
    help: item.help,
    unit: item.unit,
    min: numberText(item.min),
    max: numberText(item.max),
    choices: item.choices.join('\n'),
    deviationText: item.deviationText,
    controlId: item.controlId ?? '',
    aggregation: item.aggregation ?? '',
    limitValue: numberText(item.limitValue),
  };
}

export function blankDraft(kind: ItemKind = 'yes_no_na'): ItemDraft {
  return {
    key: newKey(),
    id: null,
    kind,
    text: '',
    help: '',
    unit: '',
    min: '',
    max: '',
    choices: '',
    deviationText: '',
    controlId: '',
    aggregation: '',
    limitValue: '',
  };
}

/** How an item is counted when it is linked to a control and nothing is chosen yet. */
export function defaultAggregation(kind: ItemKind): Aggregation | '' {
  if (kind === 'yes_no_na') return 'share_yes';
  if (kind === 'number') return 'median';
  return '';
}

/** A changed kind drops what no longer fits it: a link the kind cannot feed, a way of counting it does not have. */
export function withKind(draft: ItemDraft, kind: ItemKind): ItemDraft {
  const allowed = aggregationsFor(kind);
  if (allowed.length === 0) return { ...draft, kind, controlId: '', aggregation: '', limitValue: '' };
  const aggregation = draft.aggregation && allowed.includes(draft.aggregation) ? draft.aggregation : draft.controlId ? defaultAggregation(kind) : '';
  return { ...draft, kind, aggregation };
}

export type DraftProblem = { index: number; field: 'min' | 'max' | 'limitValue'; text: string };

function numberOf(text: string, index: number, field: DraftProblem['field']): number | null | DraftProblem {
  const value = parseNumberInput(text);
  if (value !== null && Number.isNaN(value)) return { index, field, text };
  return value;
}

const isProblem = (value: unknown): value is DraftProblem => typeof value === 'object' && value !== null && 'field' in value;

/**
 * The drafts as the items the server checks, or the first number that is not a number.
 * The server gives the other messages (an empty question, too few choices, a missing limit).
 */
export function itemsOf(drafts: readonly ItemDraft[]): { ok: true; items: ItemFields[] } | { ok: false; problem: DraftProblem } {
  const items: ItemFields[] = [];
  for (const [index, draft] of drafts.entries()) {
    const min = numberOf(draft.min, index, 'min');
    const max = numberOf(draft.max, index, 'max');
    const limitValue = numberOf(draft.limitValue, index, 'limitValue');
    for (const value of [min, max, limitValue]) if (isProblem(value)) return { ok: false, problem: value };
    items.push(
      normalizeItem({
        kind: draft.kind,
        text: draft.text.trim(),
        help: draft.help.trim(),
        unit: draft.unit.trim(),
        min: min as number | null,
        max: max as number | null,
        choices: draft.choices
          .split('\n')
          .map((choice) => choice.trim())
          .filter(Boolean),
        deviationText: draft.deviationText.trim(),
        controlId: draft.controlId || null,
        aggregation: draft.aggregation || null,
        limitValue: limitValue as number | null,
      }),
    );
  }
  return { ok: true, items };
}

const LINK_FIELDS = ['controlId', 'aggregation', 'limitValue'] as const;

function contentOf(item: ItemFields): string {
  const { controlId: _c, aggregation: _a, limitValue: _l, ...content } = item;
  return JSON.stringify(content);
}

function fieldsOf(item: ChecklistItem): ItemFields {
  const { id: _id, versionId: _versionId, position: _position, ...fields } = item;
  return normalizeItem(fields);
}

export type SavePlan =
  | { kind: 'none' }
  /** Only the links changed: stored on the items as they are, never as a new version. */
  | { kind: 'links'; links: Array<{ itemId: string; controlId: string | null; aggregation: Aggregation | null; limitValue: number | null }> }
  /** What is asked changed: the items are replaced, as a new version when the current one has runs. */
  | { kind: 'items' };

/** What saving the items means: nothing, new links on the same items, or new items. */
export function planItemSave(stored: readonly ChecklistItem[], drafts: readonly ItemDraft[], items: readonly ItemFields[]): SavePlan {
  const sameItems =
    stored.length === items.length &&
    drafts.every((draft, index) => draft.id === stored[index]?.id) &&
    items.every((item, index) => contentOf(item) === contentOf(fieldsOf(stored[index]!)));
  if (!sameItems) return { kind: 'items' };
  const links = items.flatMap((item, index) => {
    const before = fieldsOf(stored[index]!);
    if (LINK_FIELDS.every((field) => item[field] === before[field])) return [];
    return [{ itemId: stored[index]!.id, controlId: item.controlId, aggregation: item.aggregation, limitValue: item.limitValue }];
  });
  return links.length ? { kind: 'links', links } : { kind: 'none' };
}

/** The list with one item moved up or down; the same list when it cannot move. */
export function moveDraft<T>(list: readonly T[], index: number, step: 1 | -1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
